package letters

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/fileout"
	"sidamping/services/letters/render"
)

// The Word copy (.docx) of a letter is a draft for the legal section to mark up; the
// issued PDF stays the archived original. An issued letter's Word copy is made from
// the content it was issued with, kept beside its PDF (content.json), so a team or a
// template changed later does not change it.

// CodeDocx is the error of a Word copy that cannot be made.
const CodeDocx = "letters.docx"

func docxError(msg string, cause error) *models.AppError {
	e := models.Internal(cause)
	e.Code, e.Message = CodeDocx, msg
	return e
}

// content is what a letter was issued with: exactly one of the two is set, with its
// number and verification.
type content struct {
	Decree     *render.Decree     `json:"decree,omitempty"`
	Assignment *render.Assignment `json:"assignment,omitempty"`
}

// contentOf is the composed letter as issued (number and QR code filled in).
func contentOf(c composed) content {
	var v *render.Verification
	if c.letter.QRPayload != "" {
		v = &render.Verification{Payload: c.letter.QRPayload, Code: c.letter.ShortCode}
	}
	if c.decree != nil {
		d := *c.decree
		d.Number, d.Verification = c.letter.Number, v
		return content{Decree: &d}
	}
	a := *c.assignment
	a.Number, a.Verification = c.letter.Number, v
	return content{Assignment: &a}
}

// docx renders the content as a Word document.
func (ct content) docx(paper string) ([]byte, error) {
	opt := render.Options{Paper: paper}
	var b []byte
	var err error
	if ct.Decree != nil {
		b, err = render.DecreeDocx(*ct.Decree, opt)
	} else if ct.Assignment != nil {
		b, err = render.AssignmentDocx(*ct.Assignment, opt)
	} else {
		err = errors.New("isi surat kosong")
	}
	if err != nil {
		return nil, docxError("Salinan Word surat tidak dapat dibuat: "+err.Error(), err)
	}
	return b, nil
}

// contentPath is where an issued letter's content is kept: beside its PDF.
func contentPath(pdfPath string) string {
	return strings.TrimSuffix(pdfPath, ".pdf") + ".json"
}

// stageContent writes the issued letter's content beside its PDF, for a later Commit.
func stageContent(ctx context.Context, il issuedLetter) (*fileout.Temp, error) {
	data, err := json.Marshal(contentOf(il.c))
	if err != nil {
		return nil, models.Internal(err)
	}
	return stage(ctx, contentPath(il.letter.PDFPath), data, fileout.Options{MakeDirs: true})
}

// PreviewDocx writes the letter as it would be issued, without a number, as .docx;
// nothing is saved.
func (s *Service) PreviewDocx(ctx context.Context, req Request) ([]byte, error) {
	var out []byte
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		c, err := s.compose(ctx, tx, req, true)
		if err != nil {
			return err
		}
		out, err = contentOf(c).docx(c.letter.Paper)
		return err
	})
	return out, err
}

// Docx returns the Word copy of an issued (or cancelled) letter, made from the content
// it was issued with. A letter issued before contents were kept is composed again from
// the database with its frozen number, date, signatory and QR code.
func (s *Service) Docx(ctx context.Context, id uint) (models.Surat, []byte, error) {
	l, err := s.Get(ctx, id)
	if err != nil {
		return l, nil, err
	}
	var ct content
	raw, err := os.ReadFile(contentPath(l.PDFPath))
	switch {
	case err == nil:
		if err := json.Unmarshal(raw, &ct); err != nil {
			return l, nil, docxError(fmt.Sprintf("Isi surat %s di arsip rusak; salinan Word tidak dapat dibuat.", l.Number), err)
		}
	case errors.Is(err, fs.ErrNotExist):
		if ct, err = s.recompose(ctx, l); err != nil {
			return l, nil, err
		}
	default:
		return l, nil, fileout.UserError(err)
	}
	b, err := ct.docx(l.Paper)
	return l, b, err
}

// recompose composes an archived letter again, with what was frozen when it was issued.
func (s *Service) recompose(ctx context.Context, l models.Surat) (content, error) {
	var ct content
	if l.LetterDate == nil {
		return ct, models.Conflict(CodeDocx, fmt.Sprintf("Surat %s tidak bertanggal; salinan Word tidak dapat dibuat.", l.Number))
	}
	req := Request{Type: l.Type, Year: l.Year, Paper: l.Paper, Date: l.LetterDate.Format("2006-01-02")}
	if l.OPDID != nil {
		req.OPDID = *l.OPDID
	}
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		c, err := s.compose(ctx, tx, req, true)
		if err != nil {
			return err
		}
		c.letter.Number, c.letter.QRPayload, c.letter.ShortCode = l.Number, l.QRPayload, l.ShortCode
		ct = contentOf(c)
		sig := render.Signatory{Place: l.Place, Date: common.Tanggal(*l.LetterDate), Title: l.SignatoryTitle,
			Name: l.SignatoryName, Rank: l.SignatoryRank, NIP: l.SignatoryNIP}
		if ct.Decree != nil {
			ct.Decree.Signatory = sig
		} else {
			ct.Assignment.Signatory = sig
		}
		return nil
	})
	return ct, err
}

// IssueDocxTo is IssueTo that writes the letter's Word copy to out instead of its PDF
// (the CLI's --format docx); the PDF is archived as always, all or nothing.
func (s *Service) IssueDocxTo(ctx context.Context, req Request, out string) (models.Surat, error) {
	done, err := s.issueAll(ctx, []Request{req}, out, func(list []issuedLetter) ([]byte, error) {
		return contentOf(list[0].c).docx(list[0].letter.Paper)
	})
	if err != nil {
		return models.Surat{}, err
	}
	return done[0].letter, nil
}
