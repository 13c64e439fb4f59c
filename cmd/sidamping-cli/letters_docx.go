package main

import (
	"fmt"

	"sidamping/services/letters"
)

// The Word copy (--format docx): the letter is issued as always (its PDF archived) and a
// .docx of the same content is written to --out for the legal section to mark up.
func init() {
	letterFormats["docx"] = letterFormat{one: issueOneDocx}
}

func issueOneDocx(e *env, svc *letters.Service, req letters.Request, out string) (output, error) {
	l, err := svc.IssueDocxTo(e.ctx, req, out)
	if err != nil {
		return output{}, err
	}
	return output{
		data: map[string]any{"number": l.Number, "id": l.ID, "subject": l.Subject, "out": out, "archive": l.PDFPath, "shortCode": l.ShortCode, "format": "docx"},
		text: fmt.Sprintf("Surat nomor %s diterbitkan: %s\nWord: %s (PDF asli di arsip: %s)", l.Number, l.Subject, out, l.PDFPath),
	}, nil
}
