package letters

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"sidamping/models"
	"sidamping/services/letters/render"
	"sidamping/services/settings"
)

const (
	keySecret     = "letter_secret"
	payloadHeader = "SIDAMPING-SURAT v1"
)

// secret returns the installation's verification key, creating it on first use.
func (s *Service) secret(ctx context.Context) ([]byte, error) {
	st := settings.New(s.db)
	v, err := st.Get(ctx, keySecret, "")
	if err != nil {
		return nil, err
	}
	if v == "" {
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			return nil, err
		}
		v = hex.EncodeToString(b)
		// Insert only if still absent, so two first issues agree on one key.
		if err := s.db.WithContext(ctx).Exec(`INSERT OR IGNORE INTO app_meta(key, value) VALUES (?, ?)`, keySecret, v).Error; err != nil {
			return nil, err
		}
		if v, err = st.Get(ctx, keySecret, ""); err != nil {
			return nil, err
		}
	}
	return hex.DecodeString(v)
}

// shortCode is a keyed hash of what the letter says, printed under its QR code.
func shortCode(secret []byte, number string, date time.Time, subject string) string {
	m := hmac.New(sha256.New, secret)
	fmt.Fprintf(m, "%s|%s|%s", number, date.Format("2006-01-02"), subject)
	c := base32.StdEncoding.EncodeToString(m.Sum(nil))[:8]
	return c[:4] + "-" + c[4:]
}

func normCode(c string) string {
	return strings.ToUpper(strings.NewReplacer("-", "", " ", "").Replace(strings.TrimSpace(c)))
}

// qrPayload is the text held by the letter's QR code.
func qrPayload(number string, date time.Time, subject, code string) string {
	return strings.Join([]string{payloadHeader, "Nomor: " + number, "Tanggal: " + date.Format("2006-01-02"),
		"Perihal: " + subject, "Kode: " + code}, "\n")
}

type parsedPayload struct {
	Number, Subject, Code string
	Date                  time.Time
}

func parsePayload(text string) (parsedPayload, error) {
	var p parsedPayload
	garbled := models.Invalid("verify.garbled", "text",
		"Teks ini bukan kode verifikasi surat SiDamping yang utuh (baris Nomor, Tanggal, Perihal dan Kode harus ada).")
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	ls := strings.Split(text, "\n")
	if len(ls) < 5 || strings.TrimSpace(ls[0]) != payloadHeader {
		return p, garbled
	}
	fields := map[string]string{}
	for _, l := range ls[1:] {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			return p, garbled
		}
		fields[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	p.Number, p.Subject, p.Code = fields["Nomor"], fields["Perihal"], fields["Kode"]
	d, err := time.ParseInLocation("2006-01-02", fields["Tanggal"], time.Local)
	if err != nil || p.Number == "" || p.Subject == "" || p.Code == "" {
		return p, garbled
	}
	p.Date = d
	return p, nil
}

// Verification outcomes.
const (
	StatusSah            = "sah"
	StatusTidakSah       = "tidak_sah"
	StatusTidakDitemukan = "tidak_ditemukan"
	StatusDibatalkan     = "dibatalkan"
)

// VerifyResult tells whether a printed letter matches the archive.
type VerifyResult struct {
	Valid bool `json:"valid"`
	// Status is sah, tidak_sah, tidak_ditemukan or dibatalkan.
	Status  string        `json:"status"`
	Message string        `json:"message"`
	Letter  *models.Surat `json:"letter,omitempty"`
}

func (s *Service) findIssued(ctx context.Context, number string) (*models.Surat, error) {
	var rows []models.Surat
	err := s.db.WithContext(ctx).Where("number = ? AND status IN ?", number, []string{models.StatusTerbit, models.StatusBatal}).Limit(1).Find(&rows).Error
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	return &rows[0], nil
}

// Verify checks the text read from a letter's QR code against the archive.
func (s *Service) Verify(ctx context.Context, text string) (VerifyResult, error) {
	p, err := parsePayload(text)
	if err != nil {
		return VerifyResult{}, err
	}
	secret, err := s.secret(ctx)
	if err != nil {
		return VerifyResult{}, err
	}
	if !hmac.Equal([]byte(normCode(shortCode(secret, p.Number, p.Date, p.Subject))), []byte(normCode(p.Code))) {
		return VerifyResult{Status: StatusTidakSah, Message: "TIDAK SAH: isi kode QR telah diubah atau bukan dibuat oleh instalasi SiDamping ini (kode pengaman tidak cocok)."}, nil
	}
	return s.matchArchive(ctx, p.Number, func(l *models.Surat) bool {
		return l.Subject == p.Subject && l.LetterDate != nil && l.LetterDate.Format("2006-01-02") == p.Date.Format("2006-01-02")
	})
}

// VerifyCode checks a letter by its number and the short code printed under the QR code.
func (s *Service) VerifyCode(ctx context.Context, number, code string) (VerifyResult, error) {
	number = strings.TrimSpace(number)
	if number == "" || normCode(code) == "" {
		return VerifyResult{}, models.Invalid("verify.missing", "number", "Isi nomor surat dan kode verifikasi yang tercetak di bawah kode QR.")
	}
	return s.matchArchive(ctx, number, func(l *models.Surat) bool {
		return hmac.Equal([]byte(normCode(l.ShortCode)), []byte(normCode(code)))
	})
}

func (s *Service) matchArchive(ctx context.Context, number string, same func(*models.Surat) bool) (VerifyResult, error) {
	l, err := s.findIssued(ctx, number)
	if err != nil {
		return VerifyResult{}, err
	}
	if l == nil {
		return VerifyResult{Status: StatusTidakDitemukan, Message: fmt.Sprintf("TIDAK DITEMUKAN: surat nomor %s tidak ada dalam arsip.", number)}, nil
	}
	if !same(l) {
		return VerifyResult{Status: StatusTidakSah, Message: fmt.Sprintf("TIDAK SAH: data surat nomor %s tidak cocok dengan arsip.", number)}, nil
	}
	if l.Status == models.StatusBatal {
		return VerifyResult{Status: StatusDibatalkan, Letter: l, Message: fmt.Sprintf("DIBATALKAN: surat nomor %s tercatat di arsip tetapi telah dibatalkan.", number)}, nil
	}
	return VerifyResult{Valid: true, Status: StatusSah, Letter: l, Message: fmt.Sprintf("SAH: surat nomor %s tanggal %s cocok dengan arsip.", number, l.LetterDate.Format("02-01-2006"))}, nil
}

// VerifyImageFile reads the QR code from a scanned image of a printed letter and checks it.
func (s *Service) VerifyImageFile(ctx context.Context, path string) (VerifyResult, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return VerifyResult{}, models.Invalid("verify.image_read", "image", fmt.Sprintf("Berkas %s tidak dapat dibaca.", filepath.Base(path))).Wrap(err)
	}
	if len(data) > 30<<20 {
		return VerifyResult{}, models.Invalid("verify.image_large", "image", fmt.Sprintf("Gambar %s lebih dari 30 MB.", filepath.Base(path)))
	}
	text, err := render.DecodeQR(data)
	if err != nil {
		return VerifyResult{}, models.Invalid("verify.no_qr", "image", fmt.Sprintf("Gambar %s: %v.", filepath.Base(path), err)).Wrap(err)
	}
	return s.Verify(ctx, text)
}
