package main

import (
	"flag"
	"fmt"
	"strings"

	"sidamping/models"
	"sidamping/services/boundaries"
	"sidamping/services/brief"
	"sidamping/services/common"
	"sidamping/services/dashboard"
	"sidamping/services/households"
	"sidamping/services/reporting"
)

type yearMonthOpts struct {
	year, month *int
	out         *string
}

func yearMonthFlags(outHelp string) func(fs *flag.FlagSet) any {
	return func(fs *flag.FlagSet) any {
		return &yearMonthOpts{year: fs.Int("year", 0, "tahun program (wajib)"),
			month: fs.Int("month", 0, "keadaan per akhir bulan 1-12 (bawaan: bulan ini; 12 untuk tahun yang lalu)"),
			out:   fs.String("out", "", outHelp)}
	}
}

func init() {
	commands = append(commands,
		&command{name: "dashboard", summary: "angka utama program tahun --year: desa, anggaran per sumber dana, peringkat OPD",
			flags: yearMonthFlags("(tidak dipakai)"), run: runDashboard},
		&command{name: "brief", summary: "tulis Bahan rapat TKPK tahun --year ke --out BERKAS.pdf (atau .xlsx); --paper A4 atau F4",
			flags: func(fs *flag.FlagSet) any {
				return &briefOpts{yearMonthOpts: yearMonthFlags("berkas .pdf atau .xlsx yang dibuat (wajib)")(fs).(*yearMonthOpts),
					paper: fs.String("paper", brief.PaperA4, "kertas PDF (mendatar): A4 atau F4")}
			}, run: runBrief},
		&command{name: "reporting", summary: "OPD yang sudah dan belum melaporkan realisasi bulan --month; --out BERKAS.xlsx menulis daftar belum melapor",
			flags: yearMonthFlags("berkas .xlsx daftar OPD belum melapor (pilihan)"), run: runReporting},
	)
}

func runDashboard(e *env, opts any, _ []string) (output, error) {
	o := opts.(*yearMonthOpts)
	if *o.year == 0 {
		return output{}, usagef("dashboard: --year wajib diisi")
	}
	db, rep, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	d, err := dashboard.New(db, e.clock).Build(e.ctx, *o.year, *o.month)
	if err != nil {
		return output{}, err
	}
	h := d.Headline
	sources := []map[string]any{}
	for _, s := range d.Sources {
		sources = append(sources, map[string]any{"code": s.Code, "label": s.Label, "planned": s.Planned, "realised": s.Realised,
			"absorption": round1(s.Absorption)})
	}
	opd := []map[string]any{}
	for _, r := range d.OPD {
		vs := []string{}
		for _, v := range r.Villages {
			vs = append(vs, v.Name)
		}
		opd = append(opd, map[string]any{"code": r.Code, "name": r.Name, "villages": vs, "activities": r.Activities,
			"planned": r.Planned, "realised": r.Realised, "absorption": round1(r.Absorption), "progress": round1(r.Progress),
			"expected": round1(r.Expected), "late": r.Late, "last_reported_month": r.LastReportedMonth, "reported": r.Reported,
			"behind": r.Behind})
	}
	out := output{data: map[string]any{"year": d.Year, "month": d.Month, "empty": d.Empty,
		"headline": map[string]any{"priority_villages": h.PriorityVillages, "paired": h.Paired, "with_team": h.WithTeam,
			"with_plan": h.WithPlan, "with_realisation_this_month": h.WithRealisation, "letters_issued": h.LettersIssued,
			"activities": h.Activities, "late": h.Late, "planned": h.Planned, "realised": h.Realised, "absorption": round1(h.Absorption),
			"progress": round1(h.Progress), "expected": round1(h.Expected), "households": h.Households, "people": h.People,
			"opd_reported": h.OPDReported, "opd_not_reported": h.OPDNotReported,
			"verification": map[string]any{"edition": d.Verification.Edition, "families": d.Verification.Families,
				"families_verified": d.Verification.FamiliesVerified, "members": d.Verification.Members,
				"members_verified": d.Verification.MembersVerified, "percent": round1(d.Verification.Percent)}},
		"sources": sources, "opd": opd}}
	var b strings.Builder
	fmt.Fprintf(&b, "Program tahun %d, keadaan akhir %s:\n", d.Year, d.MonthName)
	fmt.Fprintf(&b, "  desa prioritas %d, didampingi %d, bertim %d, berencana %d, realisasi bulan ini %d; surat terbit %d\n",
		h.PriorityVillages, h.Paired, h.WithTeam, h.WithPlan, h.WithRealisation, h.LettersIssued)
	fmt.Fprintf(&b, "  anggaran %s, realisasi %s (serapan %.1f%%), progres fisik %.1f%% (jadwal %.1f%%), %d kegiatan terlambat\n",
		common.Rupiah(h.Planned), common.Rupiah(h.Realised), h.Absorption, h.Progress, h.Expected, h.Late)
	fmt.Fprintf(&b, "  penerima manfaat %d KK / %d jiwa; OPD sudah melapor %d, belum %d\n", h.Households, h.People, h.OPDReported, h.OPDNotReported)
	for _, s := range d.Sources {
		if s.Planned != 0 || s.Realised != 0 {
			fmt.Fprintf(&b, "  %-20s %18s %18s %6.1f%%\n", s.Label, common.Rupiah(s.Planned), common.Rupiah(s.Realised), s.Absorption)
		}
	}
	for i, r := range d.OPD {
		fmt.Fprintf(&b, "  %2d. %-40s serapan %5.1f%%, fisik %5.1f%% / jadwal %5.1f%%, terlambat %d, lapor terakhir %s\n",
			i+1, r.Name, r.Absorption, r.Progress, r.Expected, r.Late, monthOrDash(r.LastReportedMonth))
	}
	out.text = strings.TrimRight(b.String(), "\n")
	bootNote(rep, &out)
	return out, nil
}

type briefOpts struct {
	*yearMonthOpts
	paper *string
}

func runBrief(e *env, opts any, _ []string) (output, error) {
	o := opts.(*briefOpts)
	if *o.year == 0 || *o.out == "" {
		return output{}, usagef("brief: --year dan --out wajib diisi")
	}
	db, rep, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	outcome := dashboard.NewHouseholdOutcome(households.New(db, e.clock, common.NopEmitter{}, nil))
	res, err := brief.New(db, e.clock, nil, dashboard.New(db, e.clock).WithOutcome(outcome)).Write(e.ctx, *o.year, *o.out, brief.Options{Month: *o.month, Paper: *o.paper})
	if err != nil {
		return output{}, err
	}
	out := output{data: map[string]any{"path": res.Path, "format": res.Format, "pages": res.Pages, "opd": res.OPD, "not_reported": res.Behind},
		text: fmt.Sprintf("Bahan rapat TKPK tahun %d ditulis ke %s.", *o.year, res.Path)}
	bootNote(rep, &out)
	return out, nil
}

func runReporting(e *env, opts any, _ []string) (output, error) {
	o := opts.(*yearMonthOpts)
	if *o.year == 0 {
		return output{}, usagef("reporting: --year wajib diisi")
	}
	db, rep, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	svc := reporting.New(db, e.clock)
	st, err := svc.Status(e.ctx, *o.year, *o.month)
	if err != nil {
		return output{}, err
	}
	list := []map[string]any{}
	var b strings.Builder
	fmt.Fprintf(&b, "Laporan realisasi bulan %s %d: %d OPD sudah, %d belum melapor.\n", st.MonthName, st.Year, st.Reported, st.NotReported)
	for _, r := range st.OPD {
		list = append(list, map[string]any{"code": r.Code, "name": r.Name, "reported": r.Reported, "via": r.Via,
			"last_month": r.LastMonth, "missing_since": r.MissingSince, "missing": r.Missing})
		state := "sudah (" + r.Via + ")"
		if !r.Reported {
			state = "BELUM, " + r.SinceText()
		}
		fmt.Fprintf(&b, "  %-12s %-40s %s\n", r.Code, r.Name, state)
	}
	out := output{data: map[string]any{"year": st.Year, "month": st.Month, "reported": st.Reported, "not_reported": st.NotReported, "opd": list}}
	if *o.out != "" {
		res, err := svc.ExportNotReported(e.ctx, *o.year, *o.month, *o.out)
		if err != nil {
			return output{}, err
		}
		out.data["path"] = res.Path
		fmt.Fprintf(&b, "Daftar belum melapor (%d OPD) ditulis ke %s.", res.Rows, res.Path)
	}
	out.text = strings.TrimRight(b.String(), "\n")
	bootNote(rep, &out)
	return out, nil
}

func round1(v float64) float64 { return float64(int64(v*10+0.5)) / 10 }

func monthOrDash(m int) string {
	if m < 1 || m > 12 {
		return "—"
	}
	return common.BulanIndonesia[m-1]
}

// runImportBoundaries stores a GeoJSON file of village boundaries for the dashboard's map:
// one line for what was stored, one per feature that matched no village.
func runImportBoundaries(e *env, file string, year int) (output, error) {
	db, rep, err := e.openDB(false)
	if err != nil {
		return output{}, err
	}
	defer models.Close(db)
	svc := boundaries.New(db, e.clock)
	if year == 0 {
		year = e.clock.Now().Year()
	}
	p, err := svc.Preview(e.ctx, file, year)
	if err != nil {
		return output{}, err
	}
	res, err := svc.Import(e.ctx, file, year)
	if err != nil {
		return output{}, err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Batas %d desa dari %s disimpan (%d fitur); %d fitur tidak cocok dengan desa mana pun.", res.Stored, res.File, p.Features, res.Unmatched)
	for _, u := range p.Unmatched {
		fmt.Fprintf(&b, "\n  fitur %d (%s): %s", u.Index, firstNonEmpty(u.Name, u.Code, "tanpa nama"), u.Reason)
	}
	if len(p.Missing) > 0 {
		fmt.Fprintf(&b, "\nDesa prioritas %d tanpa batas: %s", year, strings.Join(p.Missing, ", "))
	}
	out := output{data: map[string]any{"file": res.File, "stored": res.Stored, "unmatched": p.Unmatched, "missing": p.Missing}, text: b.String()}
	bootNote(rep, &out)
	return out, nil
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
