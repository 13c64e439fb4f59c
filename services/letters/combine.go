package letters

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"sidamping/models"
)

func init() {
	// pdfcpu would otherwise write a configuration folder into the user's profile on
	// first use; the letters need none of it.
	model.ConfigPath = "disable"
}

// mergePDFs joins whole PDF documents, page after page, into one.
func mergePDFs(docs [][]byte) ([]byte, error) {
	if len(docs) == 1 {
		return docs[0], nil
	}
	rs := make([]io.ReadSeeker, len(docs))
	for i, d := range docs {
		rs[i] = bytes.NewReader(d)
	}
	var out bytes.Buffer
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	if err := api.MergeRaw(rs, &out, false, conf); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// CombineArchived joins the archived PDFs of the chosen letters into one document for
// printing ("gabung & cetak"), in the order of the archive list (year, type, number).
// It returns the letters in that order. A letter whose PDF is missing names its number.
func (s *Service) CombineArchived(ctx context.Context, ids []uint) ([]models.Surat, []byte, error) {
	if len(ids) == 0 {
		return nil, nil, models.Invalid("letters.none_chosen", "ids", "Pilih paling sedikit satu surat untuk digabung.")
	}
	var list []models.Surat
	if err := s.db.WithContext(ctx).Where("id IN ? AND status <> ?", ids, models.StatusDraf).
		Order("year DESC, type, seq").Find(&list).Error; err != nil {
		return nil, nil, err
	}
	if len(list) != len(uniqIDs(ids)) {
		return nil, nil, models.NotFound("letters.not_found", "Sebagian surat yang dipilih tidak ada di arsip; muat ulang daftar arsip.")
	}
	docs := make([][]byte, len(list))
	for i, l := range list {
		_, b, err := s.PDF(ctx, l.ID)
		if err != nil {
			return nil, nil, err
		}
		docs[i] = b
	}
	pdf, err := mergePDFs(docs)
	if err != nil {
		return nil, nil, models.Internal(fmt.Errorf("merge letters: %w", err))
	}
	return list, pdf, nil
}

func uniqIDs(ids []uint) map[uint]bool {
	m := map[uint]bool{}
	for _, id := range ids {
		m[id] = true
	}
	return m
}
