// Command icongen draws SiDamping's application icon: a teal rounded square with a small
// white village (one house in front, two behind) on a ground line. It writes the 1024x1024
// build/appicon.png that Wails uses and build/windows/icon.ico (PNG-compressed entries,
// 16 to 256 px) for the Windows executable and installer.
//
//	go run ./tools/icongen            # writes into ./build
//	go run ./tools/icongen -out DIR
package main

import (
	"bytes"
	"encoding/binary"
	"flag"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log"
	"os"
	"path/filepath"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/vector"
)

const size = 1024

var (
	tealTop    = color.RGBA{0x14, 0xb8, 0xa6, 0xff}
	tealBottom = color.RGBA{0x0f, 0x6e, 0x67, 0xff}
	white      = color.RGBA{0xff, 0xff, 0xff, 0xff}
	whiteSoft  = color.RGBA{0xcc, 0xf0, 0xeb, 0xff}
	doorTeal   = color.RGBA{0x0f, 0x76, 0x6e, 0xff}
	sunYellow  = color.RGBA{0xfb, 0xbf, 0x24, 0xff}
)

// gradient is a vertical two-colour gradient used as the background's source image.
type gradient struct{ top, bottom color.RGBA }

func (g gradient) ColorModel() color.Model { return color.RGBAModel }
func (g gradient) Bounds() image.Rectangle { return image.Rect(0, 0, size, size) }
func (g gradient) At(_, y int) color.Color {
	t := float64(y) / size
	mix := func(a, b uint8) uint8 { return uint8(float64(a)*(1-t) + float64(b)*t) }
	return color.RGBA{mix(g.top.R, g.bottom.R), mix(g.top.G, g.bottom.G), mix(g.top.B, g.bottom.B), 0xff}
}

type canvas struct{ img *image.RGBA }

func (c canvas) fill(src image.Image, path func(r *vector.Rasterizer)) {
	r := vector.NewRasterizer(size, size)
	path(r)
	r.Draw(c.img, c.img.Bounds(), src, image.Point{})
}

func (c canvas) solid(col color.Color, path func(r *vector.Rasterizer)) {
	c.fill(image.NewUniform(col), path)
}

// roundRect adds a rectangle with corner radius rad.
func roundRect(x0, y0, x1, y1, rad float32) func(*vector.Rasterizer) {
	const k = 0.5523 // cubic approximation of a quarter circle
	return func(r *vector.Rasterizer) {
		r.MoveTo(x0+rad, y0)
		r.LineTo(x1-rad, y0)
		r.CubeTo(x1-rad+rad*k, y0, x1, y0+rad-rad*k, x1, y0+rad)
		r.LineTo(x1, y1-rad)
		r.CubeTo(x1, y1-rad+rad*k, x1-rad+rad*k, y1, x1-rad, y1)
		r.LineTo(x0+rad, y1)
		r.CubeTo(x0+rad-rad*k, y1, x0, y1-rad+rad*k, x0, y1-rad)
		r.LineTo(x0, y0+rad)
		r.CubeTo(x0, y0+rad-rad*k, x0+rad-rad*k, y0, x0+rad, y0)
		r.ClosePath()
	}
}

func circle(cx, cy, rad float32) func(*vector.Rasterizer) {
	return roundRect(cx-rad, cy-rad, cx+rad, cy+rad, rad)
}

func poly(pts ...float32) func(*vector.Rasterizer) {
	return func(r *vector.Rasterizer) {
		r.MoveTo(pts[0], pts[1])
		for i := 2; i+1 < len(pts); i += 2 {
			r.LineTo(pts[i], pts[i+1])
		}
		r.ClosePath()
	}
}

// house draws a house whose body spans x0..x1 and y0..ground, with a roof of height roofH.
func house(c canvas, col color.Color, x0, x1, y0, ground, roofH, eave float32) {
	mid := (x0 + x1) / 2
	c.solid(col, roundRect(x0, y0-4, x1, ground, 10))
	c.solid(col, poly(x0-eave, y0+18, mid, y0-roofH, x1+eave, y0+18))
}

func draw1024() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	c := canvas{img}
	c.fill(gradient{tealTop, tealBottom}, roundRect(40, 40, 984, 984, 210))

	c.solid(sunYellow, circle(748, 262, 70))

	const ground = 770
	// Two houses behind, lighter, then the main house in front.
	house(c, whiteSoft, 190, 380, 565, ground, 125, 28)
	house(c, whiteSoft, 644, 834, 565, ground, 125, 28)
	house(c, white, 352, 672, 480, ground, 205, 44)

	// Door and windows of the main house, a round window in the gable.
	c.solid(doorTeal, roundRect(467, 610, 557, ground, 22))
	c.solid(doorTeal, roundRect(390, 540, 446, 596, 10))
	c.solid(doorTeal, roundRect(578, 540, 634, 596, 10))
	c.solid(doorTeal, circle(512, 410, 34))
	// Windows of the houses behind.
	c.solid(doorTeal, roundRect(250, 630, 300, 680, 8))
	c.solid(doorTeal, roundRect(724, 630, 774, 680, 8))

	// Ground line.
	c.solid(white, roundRect(150, ground-2, 874, ground+44, 22))
	return img
}

func encodePNG(img image.Image) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		log.Fatal(err)
	}
	return b.Bytes()
}

func scaled(src image.Image, px int) image.Image {
	dst := image.NewRGBA(image.Rect(0, 0, px, px))
	xdraw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
	return dst
}

// ico packs PNG-compressed images into a Windows .ico file.
func ico(src image.Image, sizes []int) []byte {
	var head, body bytes.Buffer
	_ = binary.Write(&head, binary.LittleEndian, [3]uint16{0, 1, uint16(len(sizes))})
	offset := 6 + 16*len(sizes)
	for _, px := range sizes {
		data := encodePNG(scaled(src, px))
		dim := uint8(px)
		if px >= 256 {
			dim = 0
		}
		head.Write([]byte{dim, dim, 0, 0})
		_ = binary.Write(&head, binary.LittleEndian, [2]uint16{1, 32})
		_ = binary.Write(&head, binary.LittleEndian, [2]uint32{uint32(len(data)), uint32(offset)})
		offset += len(data)
		body.Write(data)
	}
	return append(head.Bytes(), body.Bytes()...)
}

func main() {
	out := flag.String("out", "build", "folder that receives appicon.png and windows/icon.ico")
	flag.Parse()
	img := draw1024()
	if err := os.MkdirAll(filepath.Join(*out, "windows"), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*out, "appicon.png"), encodePNG(img), 0o644); err != nil {
		log.Fatal(err)
	}
	icon := ico(img, []int{16, 24, 32, 48, 64, 128, 256})
	if err := os.WriteFile(filepath.Join(*out, "windows", "icon.ico"), icon, 0o644); err != nil {
		log.Fatal(err)
	}
}
