package render

import (
	"bytes"
	"errors"
	"image"
	_ "image/jpeg" // scanned letters
	_ "image/png"

	"github.com/makiuchi-d/gozxing"
	zxqr "github.com/makiuchi-d/gozxing/qrcode"
	"github.com/skip2/go-qrcode"
	"golang.org/x/image/draw"
)

// Errors of DecodeQR, in the words the user sees.
var (
	ErrQRNotFound       = errors.New("kode QR tidak ditemukan pada gambar")
	ErrQRUnreadable     = errors.New("kode QR ditemukan tetapi tidak dapat dibaca; pindai ulang dengan resolusi lebih tinggi")
	ErrImageUnreadable  = errors.New("gambar tidak dapat dibaca (gunakan berkas PNG atau JPG)")
	errQRPayloadMissing = errors.New("isi kode QR verifikasi kosong")
)

const qrCodeSize = 9.0 // pt, the short code under the QR

// qr draws the verification QR code as vector squares (sharp at any print or scan
// resolution) with its short code under it, and returns the y under the block.
func (d *doc) qr(v Verification, x, y float64) float64 {
	if v.Payload == "" {
		if d.err == nil {
			d.err = errQRPayloadMissing
		}
		return y
	}
	q, err := qrcode.New(v.Payload, qrcode.Medium)
	if err != nil {
		if d.err == nil {
			d.err = err
		}
		return y
	}
	bm := q.Bitmap() // includes the 4-module quiet zone
	m := qrSize / float64(len(bm))
	d.pdf.SetFillColor(0, 0, 0)
	for r, row := range bm {
		// One rectangle per run of dark modules keeps the PDF small.
		for c := 0; c < len(row); {
			if !row[c] {
				c++
				continue
			}
			start := c
			for c < len(row) && row[c] {
				c++
			}
			d.pdf.Rect(x+float64(start)*m, y+float64(r)*m, float64(c-start)*m, m, "F")
		}
	}
	d.pdf.SetFillColor(255, 255, 255)
	bottom := y + qrSize
	if v.Code != "" {
		d.font("", qrCodeSize)
		d.pdf.SetXY(x, bottom-2*m)
		d.pdf.CellFormat(qrSize, 4, v.Code, "", 0, "C", false, 0, "")
		d.font("", bodySize)
		bottom += 4
	}
	return bottom
}

// DecodeQR reads the verification QR payload from a PNG or JPEG image of a printed
// or scanned letter (a whole page is fine). It answers ErrQRNotFound when the image
// holds no QR code, ErrQRUnreadable when one is seen but cannot be decoded and
// ErrImageUnreadable when the bytes are not an image.
func DecodeQR(img []byte) (string, error) {
	src, _, err := image.Decode(bytes.NewReader(img))
	if err != nil {
		return "", ErrImageUnreadable
	}
	hints := map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true}
	seen := false
	// Try the local-threshold binariser first (best for uneven scans), then the
	// global one, then a half-size copy for very high resolution photos.
	for _, candidate := range []image.Image{src, halve(src)} {
		if candidate == nil {
			continue
		}
		lum := gozxing.NewLuminanceSourceFromImage(candidate)
		for _, bin := range []gozxing.Binarizer{gozxing.NewHybridBinarizer(lum), gozxing.NewGlobalHistgramBinarizer(lum)} {
			bmp, err := gozxing.NewBinaryBitmap(bin)
			if err != nil {
				continue
			}
			res, err := zxqr.NewQRCodeReader().Decode(bmp, hints)
			if err == nil {
				return res.GetText(), nil
			}
			var nf gozxing.NotFoundException
			if !errors.As(err, &nf) {
				seen = true
			}
		}
	}
	if seen {
		return "", ErrQRUnreadable
	}
	return "", ErrQRNotFound
}

// halve returns the image at half size, or nil when it is already small.
func halve(src image.Image) image.Image {
	b := src.Bounds()
	if b.Dx() < 1200 && b.Dy() < 1200 {
		return nil
	}
	dst := image.NewGray(image.Rect(0, 0, b.Dx()/2, b.Dy()/2))
	draw.ApproxBiLinear.Scale(dst, dst.Bounds(), src, b, draw.Src, nil)
	return dst
}
