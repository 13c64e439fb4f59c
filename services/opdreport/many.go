package opdreport

import (
	"context"
	"fmt"
	"path/filepath"

	"sidamping/models"
)

// FileResult is the outcome of one file of ImportMany: saved, or refused with its
// coded error; Line is the one line a person reads.
type FileResult struct {
	Path    string   `json:"path"`
	File    string   `json:"file"`
	OK      bool     `json:"ok"`
	Result  Result   `json:"result"`
	Code    string   `json:"code,omitempty"`
	Message string   `json:"message,omitempty"`
	Details []string `json:"details,omitempty"`
	Line    string   `json:"line"`
}

// ImportMany imports several filled templates, each in its own transaction: a file
// refused (another OPD, year or month than opt asks, a problem in a row) saves nothing
// of itself and does not stop the others. A cancellation stops before the next file.
func (s *Service) ImportMany(ctx context.Context, paths []string, opt ImportOptions) []FileResult {
	out := make([]FileResult, 0, len(paths))
	for _, p := range paths {
		fr := FileResult{Path: p, File: filepath.Base(p)}
		if ctx.Err() != nil {
			fr.Code, fr.Message = "cancelled", "Impor dibatalkan sebelum berkas ini; tidak ada yang disimpan dari berkas ini."
			fr.Line = fmt.Sprintf("%s: dibatalkan", fr.File)
			out = append(out, fr)
			continue
		}
		res, err := s.Import(ctx, p, opt)
		if err != nil {
			ae := models.AsAppError(err)
			fr.Code, fr.Message, fr.Details = ae.Code, ae.Message, ae.Details
			fr.Line = fmt.Sprintf("%s: DITOLAK — %s", fr.File, ae.Message)
		} else {
			fr.OK, fr.Result = true, res
			fr.Line = fmt.Sprintf("%s: %d entri disimpan (%d baru, %d diubah)", fr.File, res.Entries, res.New, res.Updated)
		}
		out = append(out, fr)
	}
	return out
}
