package letters

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/fileout"
	"sidamping/services/letters/render"
)

// Request says which letter to make.
type Request struct {
	Type  string `json:"type"` // keputusan or surat_tugas
	Year  int    `json:"year"`
	OPDID uint   `json:"opdId"` // for surat_tugas
	Paper string `json:"paper"` // F4 (default) or A4
	// Date is the letter's date as YYYY-MM-DD; empty means today.
	Date string `json:"date"`
	// ForceDate confirms a date more than a year away from the programme year, which is
	// refused otherwise (letters.date_far).
	ForceDate bool `json:"forceDate"`
}

// CodeDateFar is the refusal of a letter date far from its programme year.
const CodeDateFar = "letters.date_far"

// checkDateNear refuses a letter dated more than a year before or after its programme
// year (a typing error such as 2062 for 2026) unless the user confirmed it. A decree
// for 2025 dated in January 2026 is fine; it takes a 2026 number.
func checkDateNear(req Request, date time.Time) error {
	if req.ForceDate || (date.Year() >= req.Year-1 && date.Year() <= req.Year+1) {
		return nil
	}
	e := models.Invalid(CodeDateFar, "date", fmt.Sprintf(
		"Tanggal surat %s berjarak lebih dari setahun dari tahun program %d; periksa tanggalnya, atau konfirmasi bila tanggal itu memang benar.",
		common.Tanggal(date), req.Year))
	e.Params = map[string]any{"date": req.Date, "year": req.Year}
	return e
}

// composed is a letter ready to render: everything but its number and QR code.
type composed struct {
	letter     models.Surat
	decree     *render.Decree
	assignment *render.Assignment
}

func (s *Service) letterDate(req Request) (time.Time, error) {
	if strings.TrimSpace(req.Date) == "" {
		n := s.clock.Now()
		return time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.Local), nil
	}
	d, err := time.ParseInLocation("2006-01-02", req.Date, time.Local)
	if err != nil {
		return d, models.Invalid("letters.date", "date", fmt.Sprintf("Tanggal surat %q tidak sah.", req.Date))
	}
	return d, nil
}

// compose gathers a letter's content from the database inside tx.
func (s *Service) compose(ctx context.Context, tx *gorm.DB, req Request, draft bool) (composed, error) {
	var c composed
	date, err := s.letterDate(req)
	if err != nil {
		return c, err
	}
	if !draft {
		if err := checkDateNear(req, date); err != nil {
			return c, err
		}
	}
	if req.Paper == "" {
		req.Paper = "F4"
	}
	if req.Paper != "F4" && req.Paper != "A4" {
		return c, models.Invalid("letters.paper", "paper", "Ukuran kertas harus F4 atau A4.")
	}
	var n int64
	tx.Model(&models.TahunProgram{}).Where("year = ?", req.Year).Count(&n)
	if n == 0 {
		return c, models.Invalid("letters.year", "year", fmt.Sprintf("Tahun program %d belum dibuat.", req.Year))
	}
	r, err := loadRegency(tx)
	if err != nil {
		return c, err
	}
	texts, err := templateTexts(tx, req.Type)
	if err != nil {
		return c, err
	}
	sig, sigTitle, err := r.signatory(texts["penandatangan"])
	if err != nil {
		return c, err
	}
	c.letter = models.Surat{Type: req.Type, Year: req.Year, LetterDate: &date, Place: r.profile.Capital, Paper: req.Paper,
		SignatoryRole: sig.Role, SignatoryTitle: sigTitle, SignatoryName: sig.Name, SignatoryRank: sig.Rank, SignatoryNIP: sig.NIP}
	rs := render.Signatory{Place: r.profile.Capital, Date: common.Tanggal(date), Title: sigTitle, Name: sig.Name, Rank: sig.Rank, NIP: sig.NIP}
	switch req.Type {
	case models.SuratKeputusan:
		return s.composeDecree(tx, c, r, texts, rs, req)
	case models.SuratTugas:
		return s.composeAssignment(ctx, tx, c, r, texts, rs, req, draft)
	}
	return c, models.NotFound("letters.unknown_type", fmt.Sprintf("Jenis surat %q tidak dikenal.", req.Type))
}

func (s *Service) composeDecree(tx *gorm.DB, c composed, r regency, texts map[string]string, rs render.Signatory, req Request) (composed, error) {
	pairs, err := loadPairings(tx, req.Year, 0)
	if err != nil {
		return c, err
	}
	if len(pairs) == 0 {
		return c, models.Conflict("letters.no_pairings", fmt.Sprintf("Belum ada pendampingan pada tahun %d; pasangkan desa prioritas dengan perangkat daerah terlebih dahulu.", req.Year))
	}
	vals := baseValues(r, req.Year, len(pairs))
	opds := map[uint]bool{}
	for _, p := range pairs {
		opds[p.OPDID] = true
	}
	vals["jumlah_opd"] = fmt.Sprint(len(opds))
	title, err := expand(texts["judul"], vals)
	if err != nil {
		return c, err
	}
	d := render.Decree{Letterhead: r.letterheadFor(c.letter.SignatoryRole), Official: r.official(), Title: title, Signatory: rs,
		Menetapkan: "KEPUTUSAN " + r.official() + " TENTANG " + strings.ToUpper(title) + "."}
	for part, dst := range map[string]*[]string{"menimbang": &d.Menimbang, "mengingat": &d.Mengingat, "diktum": &d.Diktum} {
		if *dst, err = expandAll(texts[part], vals); err != nil {
			return c, err
		}
	}
	lamp := &render.Lampiran{Title: "DAFTAR PERANGKAT DAERAH PENDAMPING\nDESA/KELURAHAN PRIORITAS PENANGGULANGAN KEMISKINAN\nTAHUN " + fmt.Sprint(req.Year)}
	for _, p := range pairs {
		lamp.Rows = append(lamp.Rows, render.PairingRow{Kecamatan: p.KecamatanName, Desa: p.DesaName, Pendamping: p.OPDName})
	}
	d.Lampiran = lamp
	c.decree = &d
	c.letter.Subject = "Keputusan Bupati tentang " + title
	return c, nil
}

func (s *Service) composeAssignment(ctx context.Context, tx *gorm.DB, c composed, r regency, texts map[string]string, rs render.Signatory, req Request, draft bool) (composed, error) {
	var opd models.OPD
	if err := tx.First(&opd, req.OPDID).Error; err != nil {
		return c, models.NotFound("letters.opd", "Perangkat daerah untuk surat tugas tidak ditemukan.")
	}
	pairs, err := loadPairings(tx, req.Year, opd.ID)
	if err != nil {
		return c, err
	}
	if len(pairs) == 0 {
		return c, models.Conflict("letters.opd_unpaired", fmt.Sprintf("%s belum mendampingi desa mana pun pada tahun %d.", opd.Name, req.Year))
	}
	var ids []uint
	var villages, kecs []string
	villageOf := map[uint]string{}
	for _, p := range pairs {
		ids = append(ids, p.PendampinganID)
		villageOf[p.PendampinganID] = p.DesaName
		villages = append(villages, p.DesaName)
		kecs = append(kecs, p.KecamatanName)
	}
	members, err := team(tx, ids, villageOf)
	if err != nil {
		return c, err
	}
	if len(members) == 0 {
		return c, models.Conflict("letters.no_team", fmt.Sprintf("Tim pendamping %s untuk tahun %d belum diisi.", opd.Name, req.Year))
	}
	vals := baseValues(r, req.Year, len(pairs))
	vals["nama_opd"], vals["singkatan_opd"] = pairs[0].OPDName, opd.Abbreviation
	vals["nama_desa"], vals["kecamatan"] = joinID(villages), joinID(uniq(kecs))
	vals["nomor_keputusan"], vals["tanggal_keputusan"] = "……", "……"
	if dec, err := activeDecree(ctx, tx, req.Year); err != nil {
		return c, err
	} else if dec != nil {
		vals["nomor_keputusan"], vals["tanggal_keputusan"] = dec.Number, common.Tanggal(*dec.LetterDate)
	} else if strings.Contains(texts["dasar"], "{nomor_keputusan}") && !draft {
		return c, models.Conflict("letters.no_decree", fmt.Sprintf("Dasar surat tugas merujuk Keputusan Bupati tahun %d yang belum diterbitkan; terbitkan keputusan terlebih dahulu.", req.Year))
	}
	a := render.Assignment{Letterhead: r.letterheadFor(c.letter.SignatoryRole), Kepada: members, Signatory: rs}
	for part, dst := range map[string]*[]string{"dasar": &a.Dasar, "untuk": &a.Untuk, "tembusan": &a.Tembusan} {
		if *dst, err = expandAll(texts[part], vals); err != nil {
			return c, err
		}
	}
	c.assignment = &a
	id := opd.ID
	c.letter.OPDID = &id
	c.letter.Subject = fmt.Sprintf("Surat Tugas Pendampingan Desa %s Tahun %d (%s)", joinID(villages), req.Year, opd.Name)
	return c, nil
}

// renderComposed draws the letter with its number (empty for a draft) and QR code.
func renderComposed(c composed) ([]byte, error) {
	opt := render.Options{Paper: c.letter.Paper}
	var v *render.Verification
	if c.letter.QRPayload != "" {
		v = &render.Verification{Payload: c.letter.QRPayload, Code: c.letter.ShortCode}
	}
	if c.decree != nil {
		d := *c.decree
		d.Number, d.Verification = c.letter.Number, v
		return render.RenderDecree(d, opt)
	}
	a := *c.assignment
	a.Number, a.Verification = c.letter.Number, v
	return render.RenderAssignment(a, opt)
}

// Preview renders the letter as it would be issued, without a number, saving nothing.
func (s *Service) Preview(ctx context.Context, req Request) ([]byte, error) {
	var pdf []byte
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		c, err := s.compose(ctx, tx, req, true)
		if err != nil {
			return err
		}
		pdf, err = renderComposed(c)
		return err
	})
	return pdf, err
}

// pdfPath is where an issued letter's PDF is archived: a folder per programme year, the
// file named by the number's own year and sequence (both unique together).
func (s *Service) pdfPath(l models.Surat) string {
	name := fmt.Sprintf("%s-%d-%03d.pdf", l.Type, l.LetterDate.Year(), l.Seq)
	return filepath.Join(s.dataDir, "surat", fmt.Sprint(l.Year), name)
}

// Issue takes the next number, freezes the signatory, renders the PDF with its QR code,
// stores it in the data folder and records the letter — all or nothing (see issueAll).
func (s *Service) Issue(ctx context.Context, req Request) (models.Surat, error) {
	return s.IssueTo(ctx, req, "")
}

// IssueTo is Issue that also writes the letter's PDF to copyTo (the CLI's --out) as part
// of the same all-or-nothing step; "" writes no copy.
func (s *Service) IssueTo(ctx context.Context, req Request, copyTo string) (models.Surat, error) {
	done, err := s.issueAll(ctx, []Request{req}, copyTo, func(list []issuedLetter) ([]byte, error) {
		return list[0].pdf, nil
	})
	if err != nil {
		return models.Surat{}, err
	}
	return done[0].letter, nil
}

// issuedLetter is a letter issued inside issueAll's transaction.
type issuedLetter struct {
	letter models.Surat
	c      composed
	pdf    []byte
}

// issueAll issues reqs in one transaction, in this order: compose, take the number,
// render, write each PDF to a temporary file in the archive folder (and combine's PDF to
// one for out, when out is not empty), rename the files into place, and only then commit.
// A missing or read-only folder, a PDF held open by a viewer, a full disk or a cancelled
// ctx rolls the transaction back: no number is used and no file is left.
func (s *Service) issueAll(ctx context.Context, reqs []Request, out string, combine func([]issuedLetter) ([]byte, error)) ([]issuedLetter, error) {
	if out != "" {
		if err := fileout.Check(ctx, out); err != nil {
			return nil, err
		}
	}
	secret, err := s.secret(ctx)
	if err != nil {
		return nil, err
	}
	var list []issuedLetter
	var temps []*fileout.Temp
	var placed []string
	defer func() {
		for _, t := range temps {
			t.Abort()
		}
	}()
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for _, req := range reqs {
			if err := ctx.Err(); err != nil {
				return fileout.Cancelled(ctx)
			}
			il, err := s.issueOne(ctx, tx, req, secret)
			if err != nil {
				return err
			}
			t, err := stage(ctx, il.letter.PDFPath, il.pdf, fileout.Options{MakeDirs: true})
			if err != nil {
				return err
			}
			temps = append(temps, t)
			if t, err = stageContent(ctx, il); err != nil { // for the Word copy (docx.go)
				return err
			}
			temps = append(temps, t)
			list = append(list, il)
		}
		if out != "" {
			data, err := combine(list)
			if err != nil {
				return models.Internal(err)
			}
			t, err := stage(ctx, out, data, fileout.Options{})
			if err != nil {
				return err
			}
			temps = append(temps, t)
		}
		for _, t := range temps {
			if err := t.Commit(); err != nil {
				return err
			}
			placed = append(placed, t.Path())
		}
		return nil
	})
	if err != nil {
		// The transaction did not commit: the archive files named after its numbers go.
		for _, p := range placed {
			if p != out {
				_ = os.Remove(p)
			}
		}
		return nil, err
	}
	return list, nil
}

// issueOne composes one letter, takes its number in the counter of the letter date's
// year and renders it, inside tx.
func (s *Service) issueOne(ctx context.Context, tx *gorm.DB, req Request, secret []byte) (issuedLetter, error) {
	c, err := s.compose(ctx, tx, req, false)
	if err != nil {
		return issuedLetter{}, err
	}
	pattern, err := patternTx(tx, req.Type)
	if err != nil {
		return issuedLetter{}, err
	}
	c.letter.Status = models.StatusTerbit
	if err := tx.Create(&c.letter).Error; err != nil {
		return issuedLetter{}, err
	}
	date := *c.letter.LetterDate
	seq, number, err := reserveNumber(tx, pattern, date.Year(), date, c.letter.ID)
	if err != nil {
		return issuedLetter{}, err
	}
	c.letter.Seq, c.letter.Number = seq, number
	c.letter.ShortCode = shortCode(secret, number, date, c.letter.Subject)
	c.letter.QRPayload = qrPayload(number, date, c.letter.Subject, c.letter.ShortCode)
	c.letter.PDFPath = s.pdfPath(c.letter)
	pdf, err := renderComposed(c)
	if err != nil {
		return issuedLetter{}, err
	}
	if err := tx.Save(&c.letter).Error; err != nil {
		return issuedLetter{}, err
	}
	return issuedLetter{letter: c.letter, c: c, pdf: pdf}, nil
}

// stage writes data to a synced temporary file next to path, for a later Commit.
func stage(ctx context.Context, path string, data []byte, o fileout.Options) (*fileout.Temp, error) {
	t, err := fileout.Create(ctx, path, o)
	if err != nil {
		return nil, err
	}
	if _, err := t.Write(data); err != nil {
		t.Abort()
		return nil, err
	}
	if err := t.Close(); err != nil {
		return nil, err
	}
	return t, nil
}
