package realization

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	_ "image/png" // decode PNG evidence
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/image/draw"
	"gorm.io/gorm"

	"sidamping/models"
	"sidamping/services/fileout"
)

// Evidence limits and codes.
const (
	MaxEvidenceSize   = 10 << 20 // 10 MB
	ThumbSize         = 320      // longest side of a thumbnail, in pixels
	CodeEvidenceLarge = "realization.evidence_too_large"
	CodeEvidenceType  = "realization.evidence_type"
	CodeEvidenceRead  = "realization.evidence_unreadable"
	CodeEvidenceNone  = "realization.evidence_not_found"
)

// allowed maps the content types accepted (detected from the bytes, not the name) to
// the extension the stored copy gets.
var allowed = map[string]string{"image/jpeg": ".jpg", "image/png": ".png", "application/pdf": ".pdf"}

// StoredFile is an evidence file copied into the data folder by StoreEvidence.
type StoredFile struct {
	FileName  string // the name the user's file had
	Path      string // relative to the data folder, with forward slashes
	ThumbPath string // "" for a PDF
	Mime      string
	Size      int64
	SHA256    string
}

// StoreEvidence checks a photo (JPEG/PNG) or PDF by content and size (MaxEvidenceSize)
// and copies it into dataDir as relBase plus the first 12 hex digits of its SHA-256 and
// its extension; images also get a JPEG thumbnail. Other areas (the orphans' deliveries)
// keep their evidence the same way. Remove the files with RemoveStored when the record
// that names them cannot be saved.
func StoreEvidence(ctx context.Context, dataDir, srcPath, relBase string) (StoredFile, error) {
	name := filepath.Base(srcPath)
	st, err := os.Stat(srcPath)
	if err != nil {
		return StoredFile{}, models.NotFound(CodeEvidenceNone, fmt.Sprintf("Berkas %s tidak ditemukan.", name)).Wrap(err)
	}
	if st.IsDir() {
		return StoredFile{}, models.Invalid(CodeEvidenceType, "file", fmt.Sprintf("%s adalah folder; pilih foto (JPG/PNG) atau PDF.", name))
	}
	if st.Size() > MaxEvidenceSize {
		return StoredFile{}, models.Invalid(CodeEvidenceLarge, "file", fmt.Sprintf(
			"Berkas %s terlalu besar (%.1f MB); paling besar %d MB. Perkecil foto atau pindai PDF dengan resolusi lebih rendah.",
			name, float64(st.Size())/(1<<20), MaxEvidenceSize>>20))
	}
	data, err := os.ReadFile(srcPath)
	if err != nil {
		return StoredFile{}, models.Invalid(CodeEvidenceRead, "file", fmt.Sprintf("Berkas %s tidak dapat dibaca: %v.", name, err)).Wrap(err)
	}
	mime := http.DetectContentType(data)
	if i := strings.IndexByte(mime, ';'); i >= 0 {
		mime = mime[:i]
	}
	ext, ok := allowed[mime]
	if !ok || len(data) == 0 {
		return StoredFile{}, models.Invalid(CodeEvidenceType, "file", fmt.Sprintf(
			"Berkas %s bukan foto (JPG/PNG) atau PDF (isinya terbaca sebagai %s); pilih berkas bukti yang lain.", name, mime))
	}
	var img image.Image
	if strings.HasPrefix(mime, "image/") {
		if img, _, err = image.Decode(bytes.NewReader(data)); err != nil {
			return StoredFile{}, models.Invalid(CodeEvidenceRead, "file", fmt.Sprintf("Foto %s rusak dan tidak dapat dibuka.", name)).Wrap(err)
		}
	}
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	f := StoredFile{FileName: name, Path: relBase + hash[:12] + ext, Mime: mime, Size: int64(len(data)), SHA256: hash}
	abs := func(rel string) string { return filepath.Join(dataDir, filepath.FromSlash(rel)) }
	if err := fileout.WriteFile(ctx, abs(f.Path), data, fileout.Options{MakeDirs: true}); err != nil {
		return StoredFile{}, err
	}
	if img != nil {
		f.ThumbPath = strings.TrimSuffix(f.Path, ext) + "-thumb.jpg"
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, thumbnail(img, ThumbSize), &jpeg.Options{Quality: 80}); err != nil {
			RemoveStored(dataDir, f.Path, f.ThumbPath)
			return StoredFile{}, models.Internal(err)
		}
		if err := fileout.WriteFile(ctx, abs(f.ThumbPath), buf.Bytes(), fileout.Options{MakeDirs: true}); err != nil {
			RemoveStored(dataDir, f.Path, "")
			return StoredFile{}, err
		}
	}
	return f, nil
}

// RemoveStored deletes stored evidence files (relative paths; "" is skipped).
func RemoveStored(dataDir string, rels ...string) {
	for _, rel := range rels {
		if rel != "" {
			_ = os.Remove(filepath.Join(dataDir, filepath.FromSlash(rel)))
		}
	}
}

// AddEvidence copies a photo (JPEG/PNG) or PDF into <data>/bukti/<year>/<pairing>/ and
// records it for a month's realisation; images also get a JPEG thumbnail. The type is
// checked by content and the size is limited to MaxEvidenceSize. When the database
// write fails, the copied files are removed again.
func (s *Service) AddEvidence(ctx context.Context, realisasiID uint, srcPath, caption string) (models.Bukti, error) {
	var r struct {
		KegiatanID     uint
		Month          int
		PendampinganID uint
		Year           int
	}
	db := s.db.WithContext(ctx)
	if err := db.Raw(`SELECT r.kegiatan_id, r.month, k.pendampingan_id, p.year FROM realisasi r JOIN kegiatan k ON k.id = r.kegiatan_id
		JOIN pendampingan p ON p.id = k.pendampingan_id WHERE r.id = ?`, realisasiID).Scan(&r).Error; err != nil {
		return models.Bukti{}, err
	}
	if r.KegiatanID == 0 {
		if _, err := os.Stat(srcPath); err != nil {
			return models.Bukti{}, models.NotFound(CodeEvidenceNone, fmt.Sprintf("Berkas %s tidak ditemukan.", filepath.Base(srcPath))).Wrap(err)
		}
		return models.Bukti{}, models.NotFound(CodeNotFound, "Realisasi bulan ini belum disimpan; simpan dulu lalu tambahkan bukti.")
	}
	f, err := StoreEvidence(ctx, s.dataDir, srcPath, fmt.Sprintf("bukti/%d/%d/k%d-%02d-", r.Year, r.PendampinganID, r.KegiatanID, r.Month))
	if err != nil {
		return models.Bukti{}, err
	}
	b := models.Bukti{RealisasiID: realisasiID, FileName: f.FileName, Path: f.Path, ThumbPath: f.ThumbPath, Mime: f.Mime, Size: f.Size,
		SHA256: f.SHA256, Caption: models.CleanText(caption), CreatedAt: s.clock.Now()}
	if err := db.Create(&b).Error; err != nil {
		s.removeFiles(b)
		return models.Bukti{}, err
	}
	return b, nil
}

// RemoveEvidence deletes an evidence record and then its files.
func (s *Service) RemoveEvidence(ctx context.Context, id uint) error {
	var b models.Bukti
	if err := s.db.WithContext(ctx).First(&b, id).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return models.NotFound(CodeEvidenceNone, "Berkas bukti tidak ditemukan.")
		}
		return err
	}
	if err := s.db.WithContext(ctx).Delete(&b).Error; err != nil {
		return err
	}
	s.removeFiles(b)
	return nil
}

// EvidencePath returns the absolute paths of an evidence file and its thumbnail ("" when none).
func (s *Service) EvidencePath(ctx context.Context, id uint) (file, thumb string, err error) {
	var b models.Bukti
	if err := s.db.WithContext(ctx).First(&b, id).Error; err != nil {
		return "", "", models.NotFound(CodeEvidenceNone, "Berkas bukti tidak ditemukan.")
	}
	file = s.abs(b.Path)
	if b.ThumbPath != "" {
		thumb = s.abs(b.ThumbPath)
	}
	return file, thumb, nil
}

func (s *Service) abs(rel string) string { return filepath.Join(s.dataDir, filepath.FromSlash(rel)) }

// removeFiles deletes an evidence's files unless another record shares them (the same
// bytes added twice get the same name).
func (s *Service) removeFiles(b models.Bukti) {
	var n int64
	s.db.Model(&models.Bukti{}).Where("path = ? AND id <> ?", b.Path, b.ID).Count(&n)
	if n > 0 {
		return
	}
	_ = os.Remove(s.abs(b.Path))
	if b.ThumbPath != "" {
		_ = os.Remove(s.abs(b.ThumbPath))
	}
}

// thumbnail scales img to fit a size×size box (never enlarging).
func thumbnail(img image.Image, size int) image.Image {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	if w <= size && h <= size {
		size = max(w, h)
	}
	tw, th := size, size
	if w >= h {
		th = max(1, h*size/max(w, 1))
	} else {
		tw = max(1, w*size/max(h, 1))
	}
	dst := image.NewRGBA(image.Rect(0, 0, tw, th))
	draw.CatmullRom.Scale(dst, dst.Bounds(), img, b, draw.Src, nil)
	return dst
}
