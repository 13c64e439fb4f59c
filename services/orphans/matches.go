package orphans

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/realization"
)

// MatchRow is a match with the names of both sides.
type MatchRow struct {
	models.Pengasuhan
	ChildName  string `json:"childName"`
	FosterName string `json:"fosterName"`
	FosterKind string `json:"fosterKind"`
	DesaName   string `json:"desaName"`
	Active     bool   `json:"active"`
	Deliveries int    `json:"deliveries"`
	Delivered  int64  `json:"delivered"` // money delivered in all
}

// openEnd stands for an open end date in comparisons.
const openEnd = "9999-12-31"

func endOr(s string) string {
	if s == "" {
		return openEnd
	}
	return s
}

// SaveMatch matches a child with a foster parent. The dates must lie in the foster
// parent's commitment period, the same pair must not overlap, and the foster parent must
// have room: the matches overlapping the new one must be fewer than its capacity.
func (s *Service) SaveMatch(ctx context.Context, in models.Pengasuhan) (MatchRow, error) {
	err := s.ctxDB(ctx).Transaction(func(tx *gorm.DB) error { return s.saveMatch(tx, &in) })
	if err != nil {
		return MatchRow{}, err
	}
	return s.match(ctx, in.ID)
}

func (s *Service) saveMatch(tx *gorm.DB, in *models.Pengasuhan) error {
	in.StartDate, in.EndDate = strings.TrimSpace(in.StartDate), strings.TrimSpace(in.EndDate)
	in.Support, in.EndReason = clean(in.Support), clean(in.EndReason)
	fe := models.FieldErrors{}
	var child models.AnakYatim
	if err := tx.First(&child, in.AnakID).Error; err != nil {
		fe.Add("anakId", "Pilih anak yang diasuh.")
	}
	var o models.OrangTuaAsuh
	if err := tx.First(&o, in.OTAID).Error; err != nil {
		fe.Add("otaId", "Pilih orang tua asuh.")
	}
	if _, ok := parseDay(in.StartDate); !ok {
		fe.Add("startDate", "Tanggal mulai pengasuhan wajib diisi (tanggal yang sah).")
	}
	if in.EndDate != "" {
		if _, ok := parseDay(in.EndDate); !ok {
			fe.Add("endDate", "Tanggal akhir pengasuhan tidak sah.")
		} else if in.EndDate < in.StartDate {
			fe.Add("endDate", "Akhir pengasuhan sebelum mulainya.")
		}
	}
	if in.AmountMonth < 0 {
		fe.Add("amountMonth", "Jumlah per bulan tidak boleh negatif.")
	}
	if err := fe.Err(CodeInvalid); err != nil {
		return err
	}
	if in.StartDate < o.PeriodStart || (o.PeriodEnd != "" && in.StartDate > o.PeriodEnd) {
		return models.Invalid(CodeOutsidePeriod, "startDate", fmt.Sprintf(
			"Pengasuhan mulai %s, di luar masa komitmen %s (%s s.d. %s).", in.StartDate, o.Name, o.PeriodStart, endText(o.PeriodEnd)))
	}
	if in.EndDate == "" && o.PeriodEnd != "" {
		in.EndDate = o.PeriodEnd
	}
	if o.PeriodEnd != "" && in.EndDate > o.PeriodEnd {
		return models.Invalid(CodeOutsidePeriod, "endDate", fmt.Sprintf(
			"Pengasuhan berakhir %s, sesudah masa komitmen %s berakhir (%s).", in.EndDate, o.Name, o.PeriodEnd))
	}
	overlap := func(extra string, args ...any) (int64, error) {
		var n int64
		q := tx.Model(&models.Pengasuhan{}).Where("id <> ? AND start_date <= ? AND (COALESCE(end_date, '') = '' OR end_date >= ?)",
			in.ID, endOr(in.EndDate), in.StartDate)
		err := q.Where(extra, args...).Count(&n).Error
		return n, err
	}
	n, err := overlap("ota_id = ? AND anak_id = ?", in.OTAID, in.AnakID)
	if err != nil {
		return err
	}
	if n > 0 {
		return models.Invalid(CodeMatchOverlap, "startDate", fmt.Sprintf(
			"%s sudah diasuh %s pada masa itu; ubah pengasuhan yang ada atau pilih tanggal lain.", child.Name, o.Name))
	}
	n, err = overlap("ota_id = ?", in.OTAID)
	if err != nil {
		return err
	}
	if n >= int64(o.Capacity) {
		return models.Invalid(CodeCapacityFull, "otaId", fmt.Sprintf(
			"Komitmen %s sudah penuh: sanggup mengasuh %d anak dan sudah ada %d pengasuhan pada masa %s s.d. %s.",
			o.Name, o.Capacity, n, in.StartDate, endText(in.EndDate)))
	}
	if in.AmountMonth == 0 {
		in.AmountMonth = o.MoneyPerMonth
	}
	if in.Support == "" {
		in.Support = CommitmentText(o)
	}
	if in.ID == 0 {
		in.CreatedAt = s.clock.Now()
		return tx.Create(in).Error
	}
	var old models.Pengasuhan
	if err := tx.First(&old, in.ID).Error; err != nil {
		return notFound(err, "Pengasuhan")
	}
	in.CreatedAt = old.CreatedAt
	return tx.Save(in).Error
}

func endText(end string) string {
	if end == "" || end == openEnd {
		return "seterusnya"
	}
	return end
}

// CommitmentText describes what a foster parent gives ("Rp 300.000/bulan; biaya sekolah").
func CommitmentText(o models.OrangTuaAsuh) string {
	var parts []string
	if o.MoneyPerMonth > 0 {
		parts = append(parts, fmt.Sprintf("Rp %s/bulan", thousands(o.MoneyPerMonth)))
	}
	if o.SchoolCosts {
		parts = append(parts, "biaya sekolah")
	}
	if o.InKind != "" {
		parts = append(parts, o.InKind)
	}
	if o.Mentoring {
		parts = append(parts, "pendampingan")
	}
	return strings.Join(parts, "; ")
}

func thousands(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// EndMatch ends a match on a date (the record stays as the child's history).
func (s *Service) EndMatch(ctx context.Context, id uint, end, reason string) (MatchRow, error) {
	var m models.Pengasuhan
	db := s.ctxDB(ctx)
	if err := db.First(&m, id).Error; err != nil {
		return MatchRow{}, notFound(err, "Pengasuhan")
	}
	if _, ok := parseDay(end); !ok {
		return MatchRow{}, models.Invalid(CodeInvalid, "endDate", "Tanggal akhir pengasuhan wajib diisi (tanggal yang sah).")
	}
	if end < m.StartDate {
		return MatchRow{}, models.Invalid(CodeInvalid, "endDate", fmt.Sprintf("Tanggal akhir %s sebelum pengasuhan dimulai (%s).", end, m.StartDate))
	}
	var late int64
	db.Model(&models.Penyaluran{}).Where("pengasuhan_id = ? AND month > ?", id, end[:7]).Count(&late)
	if late > 0 {
		return MatchRow{}, models.Invalid(CodeInvalid, "endDate", fmt.Sprintf("Ada %d penyaluran sesudah %s; hapus dulu atau pilih tanggal akhir lain.", late, end))
	}
	if err := db.Model(&m).Updates(map[string]any{"end_date": end, "end_reason": clean(reason)}).Error; err != nil {
		return MatchRow{}, err
	}
	return s.match(ctx, id)
}

// DeleteMatch removes a match entered by mistake, with its deliveries.
func (s *Service) DeleteMatch(ctx context.Context, id uint) error {
	var ds []models.Penyaluran
	db := s.ctxDB(ctx)
	db.Where("pengasuhan_id = ?", id).Find(&ds)
	res := db.Delete(&models.Pengasuhan{}, id)
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return models.NotFound(CodeNotFound, "Pengasuhan tidak ditemukan.")
	}
	for _, d := range ds {
		s.removePhoto(ctx, d)
	}
	return nil
}

// MatchFilter selects matches of a child or of a foster parent (or all).
type MatchFilter struct {
	AnakID uint `json:"anakId"`
	OTAID  uint `json:"otaId"`
}

// ListMatches lists matches, the running ones first, then the history.
func (s *Service) ListMatches(ctx context.Context, f MatchFilter) ([]MatchRow, error) {
	var conds []string
	var args []any
	if f.AnakID != 0 {
		conds, args = append(conds, "m.anak_id = ?"), append(args, f.AnakID)
	}
	if f.OTAID != 0 {
		conds, args = append(conds, "m.ota_id = ?"), append(args, f.OTAID)
	}
	return s.matches(ctx, strings.Join(conds, " AND "), args...)
}

func (s *Service) match(ctx context.Context, id uint) (MatchRow, error) {
	rows, err := s.matches(ctx, "m.id = ?", id)
	if err != nil {
		return MatchRow{}, err
	}
	if len(rows) == 0 {
		return MatchRow{}, models.NotFound(CodeNotFound, "Pengasuhan tidak ditemukan.")
	}
	return rows[0], nil
}

func (s *Service) matches(ctx context.Context, where string, args ...any) ([]MatchRow, error) {
	day := s.today()
	q := `SELECT m.*, a.name AS child_name, o.name AS foster_name, o.kind AS foster_kind, d.name AS desa_name,
		` + activeOn + ` AS active,
		(SELECT COUNT(*) FROM penyaluran p WHERE p.pengasuhan_id = m.id) AS deliveries,
		(SELECT COALESCE(SUM(p.amount), 0) FROM penyaluran p WHERE p.pengasuhan_id = m.id) AS delivered
		FROM pengasuhan m JOIN anak_yatim a ON a.id = m.anak_id JOIN orang_tua_asuh o ON o.id = m.ota_id JOIN desa d ON d.id = a.desa_id`
	all := []any{day, day}
	if where != "" {
		q += " WHERE " + where
		all = append(all, args...)
	}
	q += " ORDER BY active DESC, m.start_date DESC, m.id DESC"
	var rows []MatchRow
	err := s.ctxDB(ctx).Raw(q, all...).Scan(&rows).Error
	return rows, err
}

// DeliveryInput is one delivery; PhotoFile, when set, is copied as its evidence.
type DeliveryInput struct {
	PengasuhanID uint   `json:"pengasuhanId"`
	Month        string `json:"month"` // YYYY-MM
	DeliveredOn  string `json:"deliveredOn"`
	Amount       int64  `json:"amount"`
	InKind       string `json:"inKind"`
	Note         string `json:"note"`
	PhotoFile    string `json:"photoFile"`
}

// AddDelivery records a delivery of a match. Its month must fall inside the match.
func (s *Service) AddDelivery(ctx context.Context, in DeliveryInput) (models.Penyaluran, error) {
	db := s.ctxDB(ctx)
	var m models.Pengasuhan
	if err := db.First(&m, in.PengasuhanID).Error; err != nil {
		return models.Penyaluran{}, notFound(err, "Pengasuhan")
	}
	d, err := s.checkDelivery(m, in)
	if err != nil {
		return models.Penyaluran{}, err
	}
	if in.PhotoFile != "" {
		f, err := realization.StoreEvidence(ctx, s.dataDir, in.PhotoFile, fmt.Sprintf("bukti/ota/%d/%s-", m.ID, d.Month))
		if err != nil {
			return models.Penyaluran{}, err
		}
		d.PhotoName, d.PhotoPath, d.ThumbPath = f.FileName, f.Path, f.ThumbPath
	}
	if err := db.Create(&d).Error; err != nil {
		s.removePhoto(ctx, d)
		return models.Penyaluran{}, err
	}
	return d, nil
}

// checkDelivery validates a delivery against its match.
func (s *Service) checkDelivery(m models.Pengasuhan, in DeliveryInput) (models.Penyaluran, error) {
	d := models.Penyaluran{PengasuhanID: m.ID, Month: strings.TrimSpace(in.Month), DeliveredOn: strings.TrimSpace(in.DeliveredOn),
		Amount: in.Amount, InKind: clean(in.InKind), Note: clean(in.Note), CreatedAt: s.clock.Now()}
	fe := models.FieldErrors{}
	if _, ok := parseDay(d.Month + "-01"); !ok || len(d.Month) != 7 {
		fe.Add("month", "Bulan penyaluran wajib diisi (tahun-bulan).")
	}
	if d.DeliveredOn != "" {
		if _, ok := parseDay(d.DeliveredOn); !ok {
			fe.Add("deliveredOn", "Tanggal penyaluran tidak sah.")
		}
	}
	if d.Amount < 0 {
		fe.Add("amount", "Jumlah uang tidak boleh negatif.")
	}
	if d.Amount == 0 && d.InKind == "" {
		fe.Add("amount", "Isi jumlah uang atau bantuan natura yang disalurkan.")
	}
	if err := fe.Err(CodeInvalid); err != nil {
		return d, err
	}
	if d.Month > s.today()[:7] {
		return d, models.Invalid(CodeInvalid, "month", fmt.Sprintf("Bulan penyaluran %s belum tiba.", d.Month))
	}
	if d.Month < m.StartDate[:7] || (d.DeliveredOn != "" && d.DeliveredOn < m.StartDate) {
		return d, models.Invalid(CodeDeliveryBefore, "month", fmt.Sprintf(
			"Penyaluran bulan %s sebelum pengasuhan dimulai (%s).", d.Month, m.StartDate))
	}
	if m.EndDate != "" && d.Month > m.EndDate[:7] {
		return d, models.Invalid(CodeDeliveryAfter, "month", fmt.Sprintf(
			"Penyaluran bulan %s sesudah pengasuhan berakhir (%s).", d.Month, m.EndDate))
	}
	return d, nil
}

// ListDeliveries lists a match's deliveries, newest month first.
func (s *Service) ListDeliveries(ctx context.Context, matchID uint) ([]models.Penyaluran, error) {
	var out []models.Penyaluran
	err := s.ctxDB(ctx).Where("pengasuhan_id = ?", matchID).Order("month DESC, id DESC").Find(&out).Error
	return out, err
}

// DeleteDelivery removes a delivery and its photo.
func (s *Service) DeleteDelivery(ctx context.Context, id uint) error {
	var d models.Penyaluran
	db := s.ctxDB(ctx)
	if err := db.First(&d, id).Error; err != nil {
		return notFound(err, "Penyaluran")
	}
	if err := db.Delete(&d).Error; err != nil {
		return err
	}
	s.removePhoto(ctx, d)
	return nil
}

// PhotoPath is the absolute path of a delivery's photo (or thumbnail).
func (s *Service) PhotoPath(ctx context.Context, id uint, thumb bool) (string, error) {
	var d models.Penyaluran
	if err := s.ctxDB(ctx).First(&d, id).Error; err != nil || d.PhotoPath == "" {
		return "", models.NotFound(CodeNotFound, "Foto bukti penyaluran tidak ditemukan.")
	}
	rel := d.PhotoPath
	if thumb && d.ThumbPath != "" {
		rel = d.ThumbPath
	}
	return s.abs(rel), nil
}

func (s *Service) abs(rel string) string { return joinData(s.dataDir, rel) }

// removePhoto deletes a delivery's files unless another delivery shares them.
func (s *Service) removePhoto(ctx context.Context, d models.Penyaluran) {
	if d.PhotoPath == "" {
		return
	}
	var n int64
	s.ctxDB(ctx).Model(&models.Penyaluran{}).Where("photo_path = ? AND id <> ?", d.PhotoPath, d.ID).Count(&n)
	if n == 0 {
		realization.RemoveStored(s.dataDir, d.PhotoPath, d.ThumbPath)
	}
}
