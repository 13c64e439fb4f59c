package dashboard

import (
	"context"
	"fmt"
	"sort"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/households"
)

// OutcomeTopActivities is how many activities the targeting table lists (most
// beneficiaries first) under the regency total.
const OutcomeTopActivities = 15

// NoMovementNote is the line printed instead of the movement tables when fewer than two
// household editions exist.
const NoMovementNote = "Pergerakan desil belum dapat dihitung: diperlukan sekurang-kurangnya dua edisi data keluarga (saat ini %d)."

// HouseholdOutcome fills the outcome tables from the household registry: the year's
// targeting check and the movement between the two newest editions (by data date).
type HouseholdOutcome struct {
	HH *households.Service
	// Top is how many activities the targeting table lists; 0 = OutcomeTopActivities.
	Top int
}

// NewHouseholdOutcome builds the provider over hh.
func NewHouseholdOutcome(hh *households.Service) *HouseholdOutcome { return &HouseholdOutcome{HH: hh} }

var targetingHeader = []string{"Kegiatan", "Desa", "Perangkat Daerah", "Penerima", "Tepat Sasaran", "Tepat Lokasi", "Valid"}

var movementHeader = []string{"Kelompok", "Desil 1-2 (A)", "Naik (Desil 3+)", "Tetap 1-2", "Keluar", "Tanpa Desil", "Baru 1-2", "% Naik"}

// movementLegend explains the movement columns.
const movementLegend = "Desil 1-2 (A): keluarga desil 1-2 di edisi A; dari mereka di edisi B: naik ke desil 3 atau lebih, tetap di desil 1-2, " +
	"keluar (tidak ada di B), tanpa desil. Baru 1-2: keluarga desil 1-2 di B yang di A bukan desil 1-2 atau belum ada. " +
	"Keluarga dicocokkan menurut No KK, lalu NIK anggota bila No KK berubah."

// OutcomeTables implements OutcomeProvider.
func (o *HouseholdOutcome) OutcomeTables(ctx context.Context, year int) ([]Table, error) {
	tg, err := o.HH.Targeting(ctx, households.TargetingFilter{Year: year})
	if err != nil {
		return nil, err
	}
	tables := []Table{o.targetingTable(tg)}
	mv, err := o.movementTables(ctx)
	if err != nil {
		return nil, err
	}
	return append(tables, mv...), nil
}

// share prints "n (p %)".
func share(n int64, pct float64) string {
	return fmt.Sprintf("%s (%s)", common.Angka(n), common.Persen(pct, 1))
}

func (o *HouseholdOutcome) targetingTable(tg households.Targeting) Table {
	t := Table{Title: fmt.Sprintf("Ketepatan sasaran penerima manfaat tahun %d", tg.Year), Header: targetingHeader}
	row := func(kegiatan, desa, opd string, f households.TargetingFigures) []string {
		return []string{kegiatan, desa, opd, common.Angka(f.Beneficiaries), share(f.OnTarget, f.OnTargetPct),
			share(f.OnLocation, f.OnLocationPct), share(f.Valid, f.ValidPct)}
	}
	if tg.Total.Beneficiaries == 0 {
		t.Header, t.Note = nil, fmt.Sprintf("Belum ada penerima manfaat yang tercatat untuk tahun %d.", tg.Year)
		return t
	}
	t.Rows = append(t.Rows, row("Kabupaten (semua kegiatan)", "", "", tg.Total))
	acts := append([]households.TargetingActivity(nil), tg.Activities...)
	sort.SliceStable(acts, func(i, j int) bool { return acts[i].Beneficiaries > acts[j].Beneficiaries })
	top := o.Top
	if top <= 0 {
		top = OutcomeTopActivities
	}
	if len(acts) > top {
		t.Note = fmt.Sprintf("Ditampilkan %d dari %d kegiatan dengan penerima terbanyak.", top, len(acts))
		acts = acts[:top]
	}
	for _, a := range acts {
		t.Rows = append(t.Rows, row(a.Kegiatan, a.Desa, a.OPD, a.TargetingFigures))
	}
	note := "Tepat sasaran: desil 1-2 pada edisi data keluarga yang berlaku saat bantuan; tepat lokasi: tinggal di desa dampingan; " +
		"valid: tidak berstatus meninggal, pindah, ganda, atau tidak layak."
	if tg.Total.NotFound > 0 {
		note += fmt.Sprintf(" %s penerima tidak ditemukan pada edisi yang berlaku.", common.Angka(tg.Total.NotFound))
	}
	if t.Note != "" {
		note = t.Note + " " + note
	}
	t.Note = note
	return t
}

// newestTwo returns the two newest editions by data date (then by id), older first.
func newestTwo(eds []models.Edisi) (a, b models.Edisi, ok bool) {
	if len(eds) < 2 {
		return a, b, false
	}
	eds = append([]models.Edisi(nil), eds...)
	key := func(e models.Edisi) string {
		if e.DataDate != "" {
			return e.DataDate
		}
		return e.CreatedAt.Format("2006-01-02")
	}
	sort.SliceStable(eds, func(i, j int) bool {
		ki, kj := key(eds[i]), key(eds[j])
		if ki != kj {
			return ki > kj
		}
		return eds[i].ID > eds[j].ID
	})
	return eds[1], eds[0], true
}

func movementRow(label string, f households.MovementFigures) []string {
	return []string{label, common.Angka(f.LowA), common.Angka(f.Up), common.Angka(f.StillLow), common.Angka(f.Gone),
		common.Angka(f.NoDesil), common.Angka(f.NewLow), common.Persen(f.UpRate, 1)}
}

func rate(up, low int64) float64 {
	if low == 0 {
		return 0
	}
	return float64(int64(float64(up)*1000/float64(low)+0.5)) / 10
}

func (o *HouseholdOutcome) movementTables(ctx context.Context) ([]Table, error) {
	eds, err := o.HH.Editions(ctx)
	if err != nil {
		return nil, err
	}
	a, b, ok := newestTwo(eds)
	if !ok {
		return []Table{{Title: "Pergerakan desil antaredisi data keluarga", Note: fmt.Sprintf(NoMovementNote, len(eds))}}, nil
	}
	mv, err := o.HH.Movement(ctx, a.ID, b.ID, households.MovementOptions{ByBeneficiaries: true})
	if err != nil {
		return nil, err
	}
	title := fmt.Sprintf("Pergerakan keluarga desil 1-2: %s (A) ke %s (B)", mv.From.Name, mv.To.Name)
	reg := Table{Title: title + ", kabupaten", Header: movementHeader}
	reg.Rows = append(reg.Rows, movementRow("Kabupaten", mv.Total.MovementFigures))
	if sp := mv.ByBeneficiaries; sp != nil {
		reg.Rows = append(reg.Rows, movementRow("Keluarga penerima manfaat", sp.Beneficiary), movementRow("Keluarga bukan penerima", sp.NonBeneficiary))
	}
	reg.Rows = append(reg.Rows, movementRow(fmt.Sprintf("Desa dampingan (%d desa)", mv.Accompanied.Villages), mv.Accompanied.MovementFigures),
		movementRow(fmt.Sprintf("Desa bukan dampingan (%d desa)", mv.NonAccompanied.Villages), mv.NonAccompanied.MovementFigures))
	reg.Note = movementLegend + " " + mv.Note

	// Per kecamatan, with the beneficiary / non-beneficiary split of the up rate.
	type kecSum struct {
		name     string
		villages int
		all      households.MovementFigures
		ben, non households.MovementFigures
	}
	byKec := map[string]*kecSum{}
	var order []string
	for _, v := range mv.Villages {
		k := byKec[v.Kecamatan]
		if k == nil {
			k = &kecSum{name: v.Kecamatan}
			byKec[v.Kecamatan] = k
			order = append(order, v.Kecamatan)
		}
		k.villages++
		add(&k.all, v.MovementFigures)
		if v.ByBeneficiaries != nil {
			add(&k.ben, v.ByBeneficiaries.Beneficiary)
			add(&k.non, v.ByBeneficiaries.NonBeneficiary)
		}
	}
	sort.Strings(order)
	kec := Table{Title: title + ", per kecamatan",
		Header: []string{"Kecamatan", "Desa", "Desil 1-2 (A)", "Naik", "Tetap 1-2", "Keluar", "Baru 1-2", "% Naik",
			"Penerima", "Non-Penerima"},
		Note: "Kolom Penerima dan Non-Penerima (keluarga bukan penerima manfaat): keluarga yang naik dari keluarga desil 1-2 di edisi A " +
			"pada kelompok itu (perbandingan, bukan sebab-akibat)."}
	for _, name := range order {
		k := byKec[name]
		if k.all.LowA == 0 && k.all.NewLow == 0 {
			continue
		}
		kec.Rows = append(kec.Rows, []string{name, common.Angka(int64(k.villages)), common.Angka(k.all.LowA), common.Angka(k.all.Up),
			common.Angka(k.all.StillLow), common.Angka(k.all.Gone), common.Angka(k.all.NewLow), common.Persen(rate(k.all.Up, k.all.LowA), 1),
			fmt.Sprintf("%s dari %s", common.Angka(k.ben.Up), common.Angka(k.ben.LowA)),
			fmt.Sprintf("%s dari %s", common.Angka(k.non.Up), common.Angka(k.non.LowA))})
	}
	tables := []Table{reg}
	if len(kec.Rows) > 0 {
		tables = append(tables, kec)
	}
	return tables, nil
}

func add(m *households.MovementFigures, o households.MovementFigures) {
	m.LowA += o.LowA
	m.Up += o.Up
	m.StillLow += o.StillLow
	m.Gone += o.Gone
	m.NoDesil += o.NoDesil
	m.NewLow += o.NewLow
}
