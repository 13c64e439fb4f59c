package plan

import (
	"context"
	"fmt"

	"gorm.io/gorm"

	"sidamping/models"
)

// Plan is a pairing's action plan.
type Plan struct {
	PendampinganID uint         `json:"pendampinganId"`
	Year           int          `json:"year"`
	DesaName       string       `json:"desaName"`
	KecamatanName  string       `json:"kecamatanName"`
	OPDName        string       `json:"opdName"`
	Activities     []Activity   `json:"activities"`
	BudgetTotal    int64        `json:"budgetTotal"`
	BySource       []BudgetLine `json:"bySource"`
	// CanCopyPrevious is true when the village had a pairing last year with activities.
	CanCopyPrevious bool `json:"canCopyPrevious"`
}

// GetPlan returns a pairing's activities in order, with totals per funding source.
func (s *Service) GetPlan(ctx context.Context, pendampinganID uint) (Plan, error) {
	db := s.db.WithContext(ctx)
	h, err := loadPairing(db, pendampinganID)
	if err != nil {
		return Plan{}, err
	}
	p := Plan{PendampinganID: h.ID, Year: h.Year, DesaName: h.DesaName, KecamatanName: h.KecamatanName, OPDName: h.OPDName}
	var ks []models.Kegiatan
	if err := db.Where("pendampingan_id = ?", h.ID).Order("sort_order, id").Find(&ks).Error; err != nil {
		return Plan{}, err
	}
	p.Activities, err = s.expand(db, ks)
	if err != nil {
		return Plan{}, err
	}
	bySource := map[string]int64{}
	for _, a := range p.Activities {
		p.BudgetTotal += a.BudgetTotal
		for _, b := range a.Budget {
			bySource[b.Source] += b.Amount
		}
	}
	for _, o := range models.FundingSources {
		if v, ok := bySource[o.Code]; ok {
			p.BySource = append(p.BySource, BudgetLine{Source: o.Code, Label: o.Label, Amount: v})
		}
	}
	var n int64
	db.Raw(`SELECT COUNT(*) FROM kegiatan k JOIN pendampingan q ON q.id = k.pendampingan_id
		WHERE q.desa_id = ? AND q.year = ?`, h.DesaID, h.Year-1).Scan(&n)
	p.CanCopyPrevious = n > 0
	return p, nil
}

// GetActivity returns one activity in full.
func (s *Service) GetActivity(ctx context.Context, id uint) (Activity, error) {
	db := s.db.WithContext(ctx)
	var k models.Kegiatan
	if err := db.First(&k, id).Error; err != nil {
		return Activity{}, notFound(err)
	}
	as, err := s.expand(db, []models.Kegiatan{k})
	if err != nil {
		return Activity{}, err
	}
	return as[0], nil
}

// expand loads the budget, partners, needs and labels of activities with one query each.
func (s *Service) expand(db *gorm.DB, ks []models.Kegiatan) ([]Activity, error) {
	out := make([]Activity, len(ks))
	if len(ks) == 0 {
		return out, nil
	}
	ids := make([]uint, len(ks))
	index := map[uint]int{}
	for i, k := range ks {
		ids[i] = k.ID
		index[k.ID] = i
		out[i] = Activity{Kegiatan: k, StrategyLabel: models.OptionLabel(models.Strategies, k.Strategy),
			TargetGroupLabel: models.OptionLabel(models.TargetGroups, k.TargetGroup), Months: k.PlannedMonths.Months(),
			Budget: []BudgetLine{}, Partners: []ActivityPartner{}, NeedIDs: []uint{}}
	}
	var budget []models.KegiatanAnggaran
	if err := db.Where("kegiatan_id IN ?", ids).Find(&budget).Error; err != nil {
		return nil, err
	}
	bySrc := map[uint]map[string]int64{}
	for _, b := range budget {
		if bySrc[b.KegiatanID] == nil {
			bySrc[b.KegiatanID] = map[string]int64{}
		}
		bySrc[b.KegiatanID][b.Source] += b.Amount
	}
	for id, m := range bySrc {
		a := &out[index[id]]
		for _, o := range models.FundingSources {
			if v, ok := m[o.Code]; ok {
				a.Budget = append(a.Budget, BudgetLine{Source: o.Code, Label: o.Label, Amount: v})
				a.BudgetTotal += v
			}
		}
	}
	var partners []struct {
		ActivityPartner
		KegiatanID uint
	}
	if err := db.Raw(`SELECT km.kegiatan_id, km.mitra_id, m.name, m.kind, km.contribution, km.amount
		FROM kegiatan_mitra km JOIN mitra m ON m.id = km.mitra_id WHERE km.kegiatan_id IN ? ORDER BY m.name`, ids).Scan(&partners).Error; err != nil {
		return nil, err
	}
	for _, p := range partners {
		a := &out[index[p.KegiatanID]]
		a.Partners = append(a.Partners, p.ActivityPartner)
	}
	var needs []models.KegiatanKebutuhan
	if err := db.Where("kegiatan_id IN ?", ids).Order("masalah_id").Find(&needs).Error; err != nil {
		return nil, err
	}
	for _, n := range needs {
		a := &out[index[n.KegiatanID]]
		a.NeedIDs = append(a.NeedIDs, n.MasalahID)
	}
	var names []struct {
		KegiatanID uint
		Name       string
	}
	if err := db.Raw(`SELECT k.id AS kegiatan_id, o.name FROM kegiatan k JOIN opd o ON o.id = k.executor_opd_id WHERE k.id IN ?`, ids).Scan(&names).Error; err != nil {
		return nil, err
	}
	for _, n := range names {
		out[index[n.KegiatanID]].ExecutorName = n.Name
	}
	var realised []uint
	if err := db.Raw(`SELECT DISTINCT kegiatan_id FROM realisasi WHERE kegiatan_id IN ?`, ids).Scan(&realised).Error; err != nil {
		return nil, err
	}
	for _, id := range realised {
		out[index[id]].HasRealisation = true
	}
	return out, nil
}

// SaveActivity creates (ID 0) or updates an activity with its budget, partners and needs,
// in one transaction.
func (s *Service) SaveActivity(ctx context.Context, in ActivityInput) (Activity, error) {
	if err := in.normalize(); err != nil {
		return Activity{}, err
	}
	var id uint
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var k models.Kegiatan
		if in.ID != 0 {
			if err := tx.First(&k, in.ID).Error; err != nil {
				return notFound(err)
			}
			in.PendampinganID = k.PendampinganID
		}
		h, err := loadPairing(tx, in.PendampinganID)
		if err != nil {
			return err
		}
		if in.ID == 0 {
			var max struct{ N int }
			tx.Raw(`SELECT COALESCE(MAX(sort_order), 0) + 1 AS n FROM kegiatan WHERE pendampingan_id = ?`, h.ID).Scan(&max)
			k = models.Kegiatan{PendampinganID: h.ID, SortOrder: max.N}
		}
		executor := in.ExecutorOPDID
		if executor == 0 {
			executor = h.OPDID
		}
		var n int64
		tx.Model(&models.OPD{}).Where("id = ?", executor).Count(&n)
		if n == 0 {
			return models.NotFound(CodeUnknownExecutor, "Perangkat daerah pelaksana tidak ditemukan.")
		}
		k.Strategy, k.Name, k.Description = in.Strategy, in.Name, in.Description
		k.TargetGroup, k.TargetVolume, k.TargetUnit = in.TargetGroup, in.TargetVolume, in.TargetUnit
		k.ExecutorOPDID = &executor
		k.PlannedMonths = models.MaskOf(in.Months...)
		k.OutputIndicator = in.OutputIndicator
		if err := tx.Save(&k).Error; err != nil {
			return err
		}
		id = k.ID
		return replaceChildren(tx, k.ID, h.ID, in.Budget, in.Partners, in.NeedIDs)
	})
	if err != nil {
		return Activity{}, err
	}
	return s.GetActivity(ctx, id)
}

// replaceChildren replaces an activity's budget lines, partners and need links.
func replaceChildren(tx *gorm.DB, kegiatanID, pendampinganID uint, budget []BudgetLine, partners []PartnerInput, needs []uint) error {
	for _, m := range []any{&models.KegiatanAnggaran{}, &models.KegiatanMitra{}, &models.KegiatanKebutuhan{}} {
		if err := tx.Where("kegiatan_id = ?", kegiatanID).Delete(m).Error; err != nil {
			return err
		}
	}
	for _, b := range budget {
		if err := tx.Create(&models.KegiatanAnggaran{KegiatanID: kegiatanID, Source: b.Source, Amount: b.Amount}).Error; err != nil {
			return err
		}
	}
	for _, p := range partners {
		var n int64
		tx.Model(&models.Mitra{}).Where("id = ?", p.MitraID).Count(&n)
		if n == 0 {
			return models.NotFound(CodeUnknownPartner, "Mitra yang dipilih tidak ditemukan.")
		}
		if err := tx.Create(&models.KegiatanMitra{KegiatanID: kegiatanID, MitraID: p.MitraID, Contribution: p.Contribution, Amount: p.Amount}).Error; err != nil {
			return err
		}
	}
	seen := map[uint]bool{}
	for _, needID := range needs {
		if seen[needID] {
			continue
		}
		seen[needID] = true
		var m models.Masalah
		if err := tx.First(&m, needID).Error; err != nil || m.PendampinganID != pendampinganID || m.Kind != models.KindKebutuhan {
			return models.Invalid(CodeUnknownNeed, "needIds", "Kebutuhan yang dipilih tidak ditemukan pada asesmen desa ini.")
		}
		if err := tx.Create(&models.KegiatanKebutuhan{KegiatanID: kegiatanID, MasalahID: needID}).Error; err != nil {
			return err
		}
	}
	return nil
}

// DeleteActivity removes an activity that has no realisation yet.
func (s *Service) DeleteActivity(ctx context.Context, id uint) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var k models.Kegiatan
		if err := tx.First(&k, id).Error; err != nil {
			return notFound(err)
		}
		refs, err := models.FindReferences(ctx, tx, "kegiatan", "id", k.ID)
		if err != nil {
			return err
		}
		if len(refs) > 0 {
			return models.NewError(models.ErrReferenced, CodeHasRealisation,
				fmt.Sprintf("Kegiatan %s tidak dapat dihapus karena sudah memiliki %s.", k.Name, models.DescribeReferences(refs)))
		}
		return tx.Delete(&k).Error
	})
}

// CopyActivity duplicates an activity (budget, partners, needs, months) right after it,
// named "... (salinan)"; realisation is not copied.
func (s *Service) CopyActivity(ctx context.Context, id uint) (Activity, error) {
	var newID uint
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var k models.Kegiatan
		if err := tx.First(&k, id).Error; err != nil {
			return notFound(err)
		}
		if err := tx.Exec(`UPDATE kegiatan SET sort_order = sort_order + 1 WHERE pendampingan_id = ? AND sort_order > ?`, k.PendampinganID, k.SortOrder).Error; err != nil {
			return err
		}
		c := k
		c.ID, c.Name, c.SortOrder, c.CopiedFromID = 0, k.Name+" (salinan)", k.SortOrder+1, &k.ID
		if err := tx.Create(&c).Error; err != nil {
			return err
		}
		newID = c.ID
		return copyChildren(tx, k.ID, c.ID, true)
	})
	if err != nil {
		return Activity{}, err
	}
	return s.GetActivity(ctx, newID)
}

// copyChildren copies budget lines and partners (and, within one pairing, need links).
func copyChildren(tx *gorm.DB, from, to uint, needs bool) error {
	stmts := []string{
		`INSERT INTO kegiatan_anggaran (kegiatan_id, source, amount) SELECT ?, source, amount FROM kegiatan_anggaran WHERE kegiatan_id = ?`,
		`INSERT INTO kegiatan_mitra (kegiatan_id, mitra_id, contribution, amount) SELECT ?, mitra_id, contribution, amount FROM kegiatan_mitra WHERE kegiatan_id = ?`,
	}
	if needs {
		stmts = append(stmts, `INSERT INTO kegiatan_kebutuhan (kegiatan_id, masalah_id) SELECT ?, masalah_id FROM kegiatan_kebutuhan WHERE kegiatan_id = ?`)
	}
	for _, q := range stmts {
		if err := tx.Exec(q, to, from).Error; err != nil {
			return err
		}
	}
	return nil
}

// Reorder sets the order of a pairing's activities (ids in the new order).
func (s *Service) Reorder(ctx context.Context, pendampinganID uint, ids []uint) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for i, id := range ids {
			res := tx.Model(&models.Kegiatan{}).Where("id = ? AND pendampingan_id = ?", id, pendampinganID).Update("sort_order", i+1)
			if res.Error != nil {
				return res.Error
			}
			if res.RowsAffected == 0 {
				return models.NotFound(CodeNotFound, "Kegiatan tidak ditemukan pada rencana aksi ini.")
			}
		}
		return nil
	})
}
