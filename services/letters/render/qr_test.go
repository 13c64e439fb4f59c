package render

import (
	"sidamping/services/testutil"

	"bytes"
	"errors"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/skip2/go-qrcode"
)

// The QR printed on a decree is read back from a 150 dpi scan of the page.
func TestDecodeQRFromRenderedDecree(t *testing.T) {
	needTool(t, "pdftoppm")
	d := sampleDecree(3)
	pdf := mustDecree(t, d, Options{})
	// The QR sits next to the signature: find that page.
	page := 0
	for p := 1; p <= info(t, pdf).pages; p++ {
		if strings.Contains(pageText(t, pdf, p), d.Verification.Code) {
			page = p
			break
		}
	}
	if page == 0 {
		t.Fatal("verification code not printed")
	}
	for _, format := range []string{"-png", "-jpeg"} {
		img := rasterise(t, pdf, page, 150, format)
		got, err := DecodeQR(img)
		if err != nil {
			t.Fatalf("%s scan of page %d: %v", format, page, err)
		}
		if got != d.Verification.Payload {
			t.Errorf("%s: payload %q, want %q", format, got, d.Verification.Payload)
		}
	}
}

// rasterise converts one page with pdftoppm, as a scanner would.
func rasterise(t *testing.T, pdf []byte, page, dpi int, format string) []byte {
	t.Helper()
	dir := testutil.TempDir(t)
	in := filepath.Join(dir, "letter.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	p := strings.TrimPrefix(format, "-")
	args := []string{"-r", strconv.Itoa(dpi), format, "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), "-singlefile", in, filepath.Join(dir, "page")}
	if out, err := exec.Command("pdftoppm", args...).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	ext := map[string]string{"png": ".png", "jpeg": ".jpg"}[p]
	img, err := os.ReadFile(filepath.Join(dir, "page"+ext))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func TestDecodeQRGenerated(t *testing.T) {
	const payload = "https://sidamping.contohkab.go.id/v/ST-0042"
	pngBytes, err := qrcode.Encode(payload, qrcode.Medium, 256)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeQR(pngBytes)
	if err != nil || got != payload {
		t.Fatalf("PNG: %q, %v; want %q", got, err, payload)
	}
	// The same code as a JPEG photo with a grey background.
	src, _ := png.Decode(bytes.NewReader(pngBytes))
	canvas := image.NewRGBA(image.Rect(0, 0, 600, 500))
	draw.Draw(canvas, canvas.Bounds(), image.NewUniform(color.RGBA{200, 200, 190, 255}), image.Point{}, draw.Src)
	draw.Draw(canvas, src.Bounds().Add(image.Pt(150, 100)), src, image.Point{}, draw.Src)
	var jpg bytes.Buffer
	if err := jpeg.Encode(&jpg, canvas, &jpeg.Options{Quality: 80}); err != nil {
		t.Fatal(err)
	}
	got, err = DecodeQR(jpg.Bytes())
	if err != nil || got != payload {
		t.Fatalf("JPEG: %q, %v; want %q", got, err, payload)
	}
}

func TestDecodeQRWithoutQR(t *testing.T) {
	// A page-like image: white with grey text bars, no QR code.
	img := image.NewGray(image.Rect(0, 0, 800, 1100))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	for y := 100; y < 1000; y += 30 {
		draw.Draw(img, image.Rect(90, y, 700-(y%7)*40, y+12), image.NewUniform(color.Gray{60}), image.Point{}, draw.Src)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	_, err := DecodeQR(buf.Bytes())
	if !errors.Is(err, ErrQRNotFound) {
		t.Fatalf("err %v, want ErrQRNotFound", err)
	}
	if err.Error() != "kode QR tidak ditemukan pada gambar" {
		t.Errorf("message %q", err.Error())
	}
	if _, err := DecodeQR([]byte("%PDF-1.4 not an image")); !errors.Is(err, ErrImageUnreadable) {
		t.Errorf("non-image: err %v, want ErrImageUnreadable", err)
	}
}
