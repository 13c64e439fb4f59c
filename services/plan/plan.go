// Package plan keeps each pairing's action plan (Rencana Aksi): its activities with
// strategy, target group, budget per funding source, executor, partners, planned months
// and the needs they answer; copying an activity, and carrying last year's plan of a
// continuation village into the new year. It also generates the demo plans.
package plan

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/common"
)

// Error codes the UI translates.
const (
	CodeInvalid         = "plan.invalid"
	CodeNegativeAmount  = "plan.negative_amount"
	CodeNotFound        = "plan.not_found"
	CodePairingNotFound = "plan.pairing_not_found"
	CodeNoPreviousYear  = "plan.no_previous_year"
	CodeAlreadyCopied   = "plan.already_copied"
	CodeHasRealisation  = "plan.has_realisation"
	CodeUnknownPartner  = "plan.unknown_partner"
	CodeUnknownNeed     = "plan.unknown_need"
	CodeUnknownExecutor = "plan.unknown_executor"
	CodeNothingToCopy   = "plan.nothing_to_copy"
)

// MaxAmount caps one budget line (a trillion rupiah), against typing slips.
const MaxAmount int64 = 1_000_000_000_000

// Service is the action plan service.
type Service struct {
	db    *gorm.DB
	clock common.Clock
}

// New builds the service.
func New(db *gorm.DB, clock common.Clock) *Service {
	if clock == nil {
		clock = common.SystemClock{}
	}
	return &Service{db: db, clock: clock}
}

// BudgetLine is an amount from one funding source.
type BudgetLine struct {
	Source string `json:"source"`
	Label  string `json:"label"`
	Amount int64  `json:"amount"`
}

// PartnerInput is a partner taking part in an activity.
type PartnerInput struct {
	MitraID      uint   `json:"mitraId"`
	Contribution string `json:"contribution"`
	Amount       int64  `json:"amount"`
}

// ActivityInput creates (ID 0) or updates an activity.
type ActivityInput struct {
	ID              uint           `json:"id"`
	PendampinganID  uint           `json:"pendampinganId"`
	Strategy        string         `json:"strategy"`
	Name            string         `json:"name"`
	Description     string         `json:"description"`
	TargetGroup     string         `json:"targetGroup"`
	TargetVolume    float64        `json:"targetVolume"`
	TargetUnit      string         `json:"targetUnit"`
	ExecutorOPDID   uint           `json:"executorOpdId"` // 0: the pairing's OPD
	Months          []int          `json:"months"`
	OutputIndicator string         `json:"outputIndicator"`
	Budget          []BudgetLine   `json:"budget"`
	Partners        []PartnerInput `json:"partners"`
	NeedIDs         []uint         `json:"needIds"`
}

// normalize cleans the texts and checks every field; it returns an AppError listing
// every field that failed (code plan.negative_amount when an amount is negative).
func (in *ActivityInput) normalize() error {
	fe := models.FieldErrors{}
	code := CodeInvalid
	in.Name = models.CleanText(in.Name)
	in.Description = strings.TrimSpace(in.Description)
	in.TargetUnit = models.CleanText(in.TargetUnit)
	in.OutputIndicator = models.CleanText(in.OutputIndicator)
	if in.Name == "" {
		fe.Add("name", "Nama kegiatan wajib diisi.")
	}
	if !models.ValidOption(models.Strategies, in.Strategy) {
		fe.Add("strategy", "Pilih salah satu dari empat strategi penanggulangan kemiskinan.")
	}
	if !models.ValidOption(models.TargetGroups, in.TargetGroup) {
		fe.Add("targetGroup", "Pilih kelompok sasaran: rumah tangga desil 1-2, individu, kelompok/UMKM atau sarana desa.")
	}
	if in.TargetVolume < 0 || math.IsNaN(in.TargetVolume) || math.IsInf(in.TargetVolume, 0) {
		fe.Add("targetVolume", "Volume sasaran tidak boleh negatif.")
	}
	if in.TargetVolume > 0 && in.TargetUnit == "" {
		fe.Add("targetUnit", "Isi satuan volume sasaran (mis. KK, unit, orang).")
	}
	for _, m := range in.Months {
		if m < 1 || m > 12 {
			fe.Add("months", fmt.Sprintf("Bulan rencana %d tidak sah; pilih Januari (1) sampai Desember (12).", m))
		}
	}
	if len(in.Months) == 0 {
		fe.Add("months", "Pilih sedikitnya satu bulan pelaksanaan.")
	}
	merged := map[string]int64{}
	for _, b := range in.Budget {
		switch {
		case !models.ValidOption(models.FundingSources, b.Source):
			fe.Add("budget", fmt.Sprintf("Sumber dana %q tidak dikenal.", b.Source))
		case b.Amount < 0:
			fe.Add("budget", fmt.Sprintf("Anggaran %s tidak boleh negatif (%s).", models.OptionLabel(models.FundingSources, b.Source), common.Rupiah(b.Amount)))
			code = CodeNegativeAmount
		case b.Amount > MaxAmount:
			fe.Add("budget", fmt.Sprintf("Anggaran %s terlalu besar (%s).", models.OptionLabel(models.FundingSources, b.Source), common.Rupiah(b.Amount)))
		default:
			merged[b.Source] += b.Amount
		}
	}
	in.Budget = in.Budget[:0]
	for _, o := range models.FundingSources {
		if amt, ok := merged[o.Code]; ok {
			in.Budget = append(in.Budget, BudgetLine{Source: o.Code, Label: o.Label, Amount: amt})
		}
	}
	seen := map[uint]bool{}
	partners := in.Partners[:0]
	for _, p := range in.Partners {
		if p.Amount < 0 {
			fe.Add("partners", "Nilai kontribusi mitra tidak boleh negatif.")
			code = CodeNegativeAmount
		}
		if seen[p.MitraID] {
			continue
		}
		seen[p.MitraID] = true
		p.Contribution = models.CleanText(p.Contribution)
		partners = append(partners, p)
	}
	in.Partners = partners
	if len(fe) > 0 {
		return fe.Err(code)
	}
	return nil
}

// Activity is an activity with its labels, budget, partners and needs.
type Activity struct {
	models.Kegiatan
	StrategyLabel    string            `json:"strategyLabel"`
	TargetGroupLabel string            `json:"targetGroupLabel"`
	ExecutorName     string            `json:"executorName"`
	Months           []int             `json:"months"`
	Budget           []BudgetLine      `json:"budget"`
	BudgetTotal      int64             `json:"budgetTotal"`
	Partners         []ActivityPartner `json:"partners"`
	NeedIDs          []uint            `json:"needIds"`
	HasRealisation   bool              `json:"hasRealisation"`
}

// ActivityPartner is a partner of an activity, with its name.
type ActivityPartner struct {
	MitraID      uint   `json:"mitraId"`
	Name         string `json:"name"`
	Kind         string `json:"kind"`
	Contribution string `json:"contribution"`
	Amount       int64  `json:"amount"`
}

// pairingHead is what the plan shows about its pairing.
type pairingHead struct {
	ID            uint
	Year          int
	DesaID        uint
	DesaName      string
	KecamatanName string
	OPDID         uint
	OPDName       string
}

func loadPairing(tx *gorm.DB, id uint) (pairingHead, error) {
	var rows []pairingHead
	err := tx.Raw(`SELECT p.id, p.year, p.desa_id, d.name AS desa_name, k.name AS kecamatan_name, p.opd_id, o.name AS opd_name
		FROM pendampingan p JOIN desa d ON d.id = p.desa_id JOIN kecamatan k ON k.id = d.kecamatan_id
		JOIN opd o ON o.id = p.opd_id WHERE p.id = ?`, id).Scan(&rows).Error
	if err != nil {
		return pairingHead{}, err
	}
	if len(rows) == 0 {
		return pairingHead{}, models.NotFound(CodePairingNotFound, "Pendampingan tidak ditemukan.")
	}
	return rows[0], nil
}

func notFound(err error) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return models.NotFound(CodeNotFound, "Kegiatan tidak ditemukan.")
	}
	return err
}

// sortedUnique returns the distinct months in order.
func sortedUnique(xs []int) []int {
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}
