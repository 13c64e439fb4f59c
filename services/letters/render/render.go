// Package render draws the programme's official letters as PDF: the regent's decree
// (Keputusan Bupati) that pairs agencies (OPD) with priority villages, with its
// lampiran table, and the assignment letters (Surat Tugas) each agency issues to its
// team. It renders from plain structs only; the letters service fills them from the
// database, numbers them and stores the result.
//
// The layout follows Indonesian government correspondence: F4 paper by default,
// margins 3 cm left, 2 cm right, 2 cm top, 2.5 cm bottom, an Arial-like 12 pt font,
// a kop surat with a double rule, hanging-indent lists and a signature block on the
// right half of the page.
//
// To look at the result, write sample letters and rasterise them:
//
//	LETTERS_SAMPLE_DIR=/tmp/letters-sample go test ./services/letters/render/ -run TestWriteSamples
//	pdftoppm -r 60 -png /tmp/letters-sample/keputusan-f4.pdf /tmp/letters-sample/keputusan-f4
package render

import (
	"errors"
	"fmt"
	"strings"
)

// Letterhead is the kop surat printed on the first page of a letter.
type Letterhead struct {
	// Logo is the regency emblem (or the Garuda for the regent's letterhead) as PNG
	// or JPEG bytes; empty means no logo.
	Logo []byte `json:"logo,omitempty"`
	// LogoMime is "image/png" or "image/jpeg"; empty means detect from the bytes.
	LogoMime string `json:"logoMime,omitempty"`
	// Lines are the bold lines, top to bottom, e.g. "PEMERINTAH KABUPATEN CONTOH",
	// "BADAN PERENCANAAN PEMBANGUNAN DAERAH"; for the regent's letterhead just
	// "BUPATI CONTOH".
	Lines []string `json:"lines"`
	// Contact are the smaller lines under them: address, telephone, e-mail, website.
	Contact []string `json:"contact,omitempty"`
	// Regent selects the regent's own letterhead: emblem centred above the bold
	// lines and no double rule.
	Regent bool `json:"regent"`
}

// Signatory is who signs, as it was on the day of signing.
type Signatory struct {
	Place string `json:"place"` // "Contoh"
	Date  string `json:"date"`  // already formatted: "22 November 2026" (see FormatTanggal)
	// Title is the office line(s) above the signature, e.g. "BUPATI CONTOH" or
	// "a.n. BUPATI CONTOH\nSEKRETARIS DAERAH"; a trailing comma is added when missing.
	Title string `json:"title"`
	Name  string `json:"name"`
	Rank  string `json:"rank,omitempty"` // pangkat, e.g. "Pembina Utama Muda"
	NIP   string `json:"nip,omitempty"`  // empty for the regent
}

// Verification is the QR code printed near the signature so a reader can check the
// letter against the register.
type Verification struct {
	Payload string `json:"payload"` // text encoded in the QR, typically a verification URL
	Code    string `json:"code"`    // short code printed under the QR
}

// Decree is a Keputusan Bupati.
type Decree struct {
	Letterhead Letterhead `json:"letterhead"`
	// Official is the issuing office in capitals, e.g. "BUPATI CONTOH"; it gives
	// "KEPUTUSAN BUPATI CONTOH", the "BUPATI CONTOH," line and the lampiran heading.
	Official string `json:"official"`
	Number   string `json:"number"` // "400.9/123/2026"; empty prints a dotted blank (draft)
	Title    string `json:"title"`  // the text after TENTANG, without the word itself
	// Menimbang are the considerations ("bahwa ...;"), lettered a, b, c, ...
	Menimbang []string `json:"menimbang"`
	// Mengingat are the legal bases, numbered 1, 2, 3, ...
	Mengingat []string `json:"mengingat"`
	// Memperhatikan is optional, numbered like Mengingat.
	Memperhatikan []string `json:"memperhatikan,omitempty"`
	// Menetapkan is the decree's name after "Menetapkan :", e.g. "KEPUTUSAN BUPATI
	// TENTANG ...".
	Menetapkan string `json:"menetapkan"`
	// Diktum are the operative parts, labelled KESATU, KEDUA, ...; "\n" starts a new
	// paragraph inside one diktum.
	Diktum       []string      `json:"diktum"`
	Signatory    Signatory     `json:"signatory"`
	Lampiran     *Lampiran     `json:"lampiran,omitempty"`
	Verification *Verification `json:"verification,omitempty"`
}

// Lampiran is the decree's attachment: the OPD → village pairing table. Its heading
// (LAMPIRAN KEPUTUSAN ..., NOMOR, TANGGAL, TENTANG) is taken from the decree.
type Lampiran struct {
	// Title is centred above the table; "\n" separates lines.
	Title string       `json:"title"`
	Rows  []PairingRow `json:"rows"`
}

// PairingRow is one line of the lampiran table; the No column is generated.
type PairingRow struct {
	Kecamatan  string `json:"kecamatan"`
	Desa       string `json:"desa"`       // desa/kelurahan
	Pendamping string `json:"pendamping"` // Perangkat Daerah Pendamping
}

// Assignment is a Surat Tugas.
type Assignment struct {
	Letterhead Letterhead `json:"letterhead"`
	Number     string     `json:"number"` // "800.1.11.1/045/Bappeda/2026"
	// Dasar are the legal bases, numbered.
	Dasar []string `json:"dasar"`
	// Kepada are the people assigned, printed as a bordered table.
	Kepada []TeamMember `json:"kepada"`
	// Untuk are the tasks, numbered.
	Untuk        []string      `json:"untuk"`
	Signatory    Signatory     `json:"signatory"`
	Tembusan     []string      `json:"tembusan,omitempty"`
	Verification *Verification `json:"verification,omitempty"`
}

// TeamMember is one row of the Kepada table.
type TeamMember struct {
	Name     string `json:"name"`
	Rank     string `json:"rank"`     // pangkat/golongan, e.g. "Penata Tk. I (III/d)"
	NIP      string `json:"nip"`      // may be empty (non-civil-servant members)
	Position string `json:"position"` // jabatan
	Role     string `json:"role"`     // kedudukan dalam tim: Ketua, Sekretaris, Anggota
}

// Options choose the paper.
type Options struct {
	// Paper is "F4" (215 × 330 mm, the default when empty) or "A4".
	Paper string `json:"paper"`
}

// Errors returned to the letters service, which wraps them for the UI.
var (
	ErrUnknownPaper  = errors.New("ukuran kertas tidak dikenal (pilih F4 atau A4)")
	ErrNoAssignments = errors.New("tidak ada surat tugas untuk dicetak")
)

// paper is a page size in millimetres.
type paper struct{ w, h float64 }

func (o Options) paper() (paper, error) {
	switch strings.ToUpper(strings.TrimSpace(o.Paper)) {
	case "", "F4", "FOLIO":
		return paper{215, 330}, nil
	case "A4":
		return paper{210, 297}, nil
	}
	return paper{}, fmt.Errorf("%w: %q", ErrUnknownPaper, o.Paper)
}

// RenderDecree draws a Keputusan Bupati, with its lampiran when given.
func RenderDecree(d Decree, opt Options) ([]byte, error) {
	doc, err := newDoc(opt)
	if err != nil {
		return nil, err
	}
	doc.pdf.SetTitle(strings.TrimSpace("Keputusan "+titleCase(d.Official)+" Nomor "+d.Number), true)
	doc.pdf.SetSubject(d.Title, true)
	doc.decree(d)
	return doc.output()
}

// RenderAssignment draws one Surat Tugas.
func RenderAssignment(a Assignment, opt Options) ([]byte, error) {
	return RenderAssignments([]Assignment{a}, opt)
}

// RenderAssignments draws many Surat Tugas into one PDF, e.g. one per OPD after a
// decree: each letter starts on a new page and its page numbers start again at 1.
func RenderAssignments(as []Assignment, opt Options) ([]byte, error) {
	if len(as) == 0 {
		return nil, ErrNoAssignments
	}
	doc, err := newDoc(opt)
	if err != nil {
		return nil, err
	}
	title := "Surat Tugas"
	if len(as) == 1 && as[0].Number != "" {
		title += " Nomor " + as[0].Number
	}
	doc.pdf.SetTitle(title, true)
	for _, a := range as {
		doc.assignment(a)
	}
	return doc.output()
}
