package demo

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
)

// Logo colours: a green shield with a gold rim, a gold star, rice and cotton, water.
var (
	colGold  = color.RGBA{0xD4, 0xA0, 0x17, 0xFF}
	colGreen = color.RGBA{0x1B, 0x7F, 0x3B, 0xFF}
	colWhite = color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
	colBlue  = color.RGBA{0x1E, 0x5A, 0xA8, 0xFF}
	colRed   = color.RGBA{0xC6, 0x28, 0x28, 0xFF}
)

const logoW, logoH = 180, 216

// Logo draws the emblem of Kabupaten Contoh as a PNG (a few kilobytes).
func Logo() []byte {
	img := image.NewRGBA(image.Rect(0, 0, logoW, logoH))
	draw.Draw(img, img.Bounds(), image.Transparent, image.Point{}, draw.Src)
	cx := float64(logoW) / 2
	for y := 0; y < logoH; y++ {
		for x := 0; x < logoW; x++ {
			px, py := float64(x)+0.5, float64(y)+0.5
			if c, ok := logoPixel(px, py, cx); ok {
				img.SetRGBA(x, y, c)
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		panic(err) // encoding an in-memory RGBA image cannot fail
	}
	return buf.Bytes()
}

// logoPixel gives the colour at (px, py), false outside the shield.
func logoPixel(px, py, cx float64) (color.RGBA, bool) {
	if !inShield(px, py, cx, 4) {
		return color.RGBA{}, false
	}
	if !inShield(px, py, cx, 13) {
		return colGold, true
	}
	// red and white bar under the top rim
	if py < 30 {
		if py < 22 {
			return colRed, true
		}
		return colWhite, true
	}
	if inStar(px, py, cx, 62, 24, 10) {
		return colGold, true
	}
	// water: three blue waves near the bottom
	for i := 0.0; i < 3; i++ {
		base := 150 + i*13
		wave := base + 3*math.Sin(px/9)
		if py > wave && py < wave+6 {
			return colBlue, true
		}
	}
	// rice on the left, cotton on the right, along two arcs round the star
	for i := 0; i < 9; i++ {
		a := math.Pi*0.62 + float64(i)*math.Pi*0.055
		rx, ry := cx+52*math.Cos(a), 100+52*math.Sin(a)*-1
		if sq((px-rx)/4)+sq((py-ry)/7) <= 1 {
			return colGold, true
		}
		bx, by := 2*cx-rx, ry
		if sq(px-bx)+sq(py-by) <= 25 {
			return colWhite, true
		}
	}
	return colGreen, true
}

func sq(v float64) float64 { return v * v }

// inShield tells whether a point lies in the shield shrunk by inset pixels: straight
// sides for the upper half, then curving to a point at the bottom.
func inShield(px, py, cx, inset float64) bool {
	top, bottom := 4+inset, float64(logoH)-4-inset*1.4
	half := cx - 4 - inset
	if py < top || py > bottom {
		return false
	}
	v := (py - top) / (bottom - top)
	w := 1.0
	if v > 0.55 {
		w = 1 - math.Pow((v-0.55)/0.45, 1.6)
	}
	return math.Abs(px-cx) <= half*w
}

// inStar tells whether a point lies in a five-pointed star centred at (cx, cy).
func inStar(px, py, cx, cy, outer, inner float64) bool {
	var xs, ys [10]float64
	for i := range 10 {
		r := outer
		if i%2 == 1 {
			r = inner
		}
		a := -math.Pi/2 + float64(i)*math.Pi/5
		xs[i], ys[i] = cx+r*math.Cos(a), cy+r*math.Sin(a)
	}
	in := false
	for i, j := 0, 9; i < 10; j, i = i, i+1 {
		if (ys[i] > py) != (ys[j] > py) && px < (xs[j]-xs[i])*(py-ys[i])/(ys[j]-ys[i])+xs[i] {
			in = !in
		}
	}
	return in
}
