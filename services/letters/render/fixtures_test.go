package render

import (
	"runtime"
	"sidamping/services/testutil"

	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Sample data shaped like a real regency's pairing decree.
var (
	kecamatanNames = []string{"Cepu", "Jepon", "Randublatung", "Kunduran", "Todanan", "Ngawen",
		"Japah", "Banjarejo", "Tunjungan", "Jiken", "Sambong", "Kedungtuban"}
	desaPrefix = []string{"Sumber", "Kedung", "Karang", "Tegal", "Ngro", "Wono", "Sido", "Mulyo",
		"Bangun", "Gondang"}
	desaSuffix = []string{"rejo", "sari", "mulyo", "jati", "harjo", "asri", "agung", "makmur",
		"joyo", "kerto", "wetan", "kulon"}
	opdNames = []string{
		"Badan Perencanaan Pembangunan Daerah",
		"Badan Pengelolaan Keuangan dan Aset Daerah",
		"Dinas Kesehatan",
		"Dinas Komunikasi dan Informatika",
		"Dinas Perikanan",
		"Dinas Pekerjaan Umum dan Penataan Ruang",
		"Bagian Kesejahteraan Rakyat Sekretariat Daerah",
		"Dinas Pemberdayaan Masyarakat dan Desa",
		"Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
		"Dinas Pertanian dan Ketahanan Pangan",
		"Dinas Perumahan Rakyat dan Kawasan Permukiman",
		"Dinas Koperasi, Usaha Kecil dan Menengah, Perdagangan dan Perindustrian",
		"Dinas Pendidikan",
		"Dinas Tenaga Kerja",
		"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
	}
)

func pairingRows(n int) []PairingRow {
	rows := make([]PairingRow, n)
	for i := range rows {
		rows[i] = PairingRow{
			Kecamatan:  kecamatanNames[(i/4)%len(kecamatanNames)],
			Desa:       desaPrefix[i%len(desaPrefix)] + desaSuffix[(i/len(desaPrefix))%len(desaSuffix)],
			Pendamping: opdNames[i%len(opdNames)],
		}
	}
	return rows
}

func sampleDecree(rows int) Decree {
	return Decree{
		Letterhead: Letterhead{Logo: emblemPNG(true), LogoMime: "image/png", Regent: true,
			Lines: []string{"BUPATI CONTOH", "PROVINSI JAWA TENGAH"}},
		Official: "BUPATI CONTOH",
		Number:   "400.9/123/2026",
		Title:    "Penetapan Perangkat Daerah Pendamping Desa Prioritas Penanggulangan Kemiskinan Program Satu Perangkat Daerah Satu Desa Dampingan Tahun 2026",
		Menimbang: []string{
			"bahwa dalam rangka percepatan penanggulangan kemiskinan di Kabupaten Contoh perlu dilakukan pendampingan desa/kelurahan prioritas oleh perangkat daerah melalui program Satu Perangkat Daerah Satu Desa Dampingan;",
			"bahwa sesuai Surat Edaran Gubernur Jawa Tengah Nomor 450/0007383 Tahun 2021, bupati/wali kota diminta mereplikasi program tersebut di wilayahnya;",
			"bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Bupati tentang Penetapan Perangkat Daerah Pendamping Desa Prioritas Penanggulangan Kemiskinan Tahun 2026;",
		},
		Mengingat: []string{
			"Undang-Undang Nomor 13 Tahun 1950 tentang Pembentukan Daerah-daerah Kabupaten dalam Lingkungan Propinsi Jawa Tengah;",
			"Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin (Lembaran Negara Republik Indonesia Tahun 2011 Nomor 83);",
			"Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023;",
			"Peraturan Presiden Nomor 96 Tahun 2015 tentang Perubahan atas Peraturan Presiden Nomor 15 Tahun 2010 tentang Percepatan Penanggulangan Kemiskinan;",
			"Instruksi Presiden Nomor 4 Tahun 2025 tentang Data Tunggal Sosial dan Ekonomi Nasional;",
		},
		Menetapkan: "KEPUTUSAN BUPATI TENTANG PENETAPAN PERANGKAT DAERAH PENDAMPING DESA PRIORITAS PENANGGULANGAN KEMISKINAN TAHUN 2026.",
		Diktum: []string{
			"Menetapkan Perangkat Daerah Pendamping Desa Prioritas Penanggulangan Kemiskinan Tahun 2026 sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan Bupati ini.",
			"Perangkat Daerah Pendamping sebagaimana dimaksud dalam Diktum KESATU bertugas melakukan asesmen awal potensi desa dan karakteristik masyarakat berkesejahteraan rendah, menyusun rencana aksi, melaksanakan intervensi, serta membantu verifikasi dan validasi data kemiskinan.",
			"Perangkat Daerah Pendamping melaporkan pelaksanaan tugasnya kepada Bupati melalui Tim Koordinasi Penanggulangan Kemiskinan setiap triwulan.",
			"Segala biaya yang timbul sebagai akibat ditetapkannya Keputusan Bupati ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah Kabupaten Contoh dan sumber lain yang sah dan tidak mengikat.",
			"Keputusan Bupati ini mulai berlaku pada tanggal ditetapkan.",
		},
		Signatory: Signatory{Place: "Contoh", Date: "22 November 2026", Title: "BUPATI CONTOH",
			Name: "ARIEF SUSANTO"},
		Lampiran: &Lampiran{
			Title: "Daftar Perangkat Daerah Pendamping Desa Prioritas\nPenanggulangan Kemiskinan Kabupaten Contoh Tahun 2026",
			Rows:  pairingRows(rows),
		},
		Verification: &Verification{Payload: "https://sidamping.contohkab.go.id/v/KB-7Q4M2X", Code: "KB-7Q4M2X"},
	}
}

func sampleAssignment(opd string, members int, seq int) Assignment {
	team := make([]TeamMember, members)
	for i := range team {
		role := "Anggota"
		switch i {
		case 0:
			role = "Ketua"
		case 1:
			role = "Sekretaris"
		}
		team[i] = TeamMember{
			Name:     fmt.Sprintf("%s %s, S.E.", []string{"Siti", "Budi", "Agus", "Dewi", "Rina", "Joko"}[i%6], []string{"Rahayu", "Santoso", "Wibowo", "Lestari", "Kurniawan"}[(i+seq)%5]),
			Rank:     []string{"Pembina (IV/a)", "Penata Tk. I (III/d)", "Penata (III/c)", "Penata Muda Tk. I (III/b)"}[i%4],
			NIP:      fmt.Sprintf("1975%02d%02d 200%d01 %d %03d", i%12+1, i%28+1, i%10, 1+i%2, i+seq),
			Position: []string{"Kepala Bidang Perencanaan Pemerintahan dan Pembangunan Manusia", "Analis Kebijakan Ahli Muda", "Perencana Ahli Pertama", "Pengelola Data"}[i%4],
			Role:     role,
		}
	}
	return Assignment{
		Letterhead: Letterhead{Logo: emblemPNG(false), LogoMime: "image/png",
			Lines:   []string{"PEMERINTAH KABUPATEN CONTOH", strings.ToUpper(opd)},
			Contact: []string{"Jalan Pemuda Nomor 1 Contoh, Jawa Tengah 58211, Telepon (0296) 531073", "Laman: contohkab.go.id, Pos-el: kantor@contohkab.go.id"}},
		Number: fmt.Sprintf("800.1.11.1/%03d/%d/2026", 40+seq, seq),
		Dasar: []string{
			"Keputusan Bupati Contoh Nomor 400.9/123/2026 tentang Penetapan Perangkat Daerah Pendamping Desa Prioritas Penanggulangan Kemiskinan Tahun 2026;",
			"Dokumen Pelaksanaan Anggaran " + opd + " Tahun Anggaran 2026.",
		},
		Kepada: team,
		Untuk: []string{
			"Melaksanakan pendampingan Desa Sumberejo Kecamatan Cepu sebagai desa prioritas penanggulangan kemiskinan Tahun 2026;",
			"Melakukan asesmen awal, menyusun rencana aksi, dan memantau intervensi serta melaporkan hasilnya setiap triwulan kepada Bupati melalui Bappeda selaku Sekretariat TKPK;",
			"Melaksanakan tugas ini dengan penuh tanggung jawab.",
		},
		Signatory: Signatory{Place: "Contoh", Date: "25 November 2026",
			Title: "KEPALA " + strings.ToUpper(opd) + "\nKABUPATEN CONTOH",
			Name:  "Ir. BAMBANG HERMAWAN, M.T.", Rank: "Pembina Utama Muda", NIP: "19700512 199803 1 005"},
		Tembusan:     []string{"Bupati Contoh (sebagai laporan);", "Wakil Bupati Contoh selaku Ketua TKPK;", "Inspektur Kabupaten Contoh."},
		Verification: &Verification{Payload: fmt.Sprintf("https://sidamping.contohkab.go.id/v/ST-%04d", seq), Code: fmt.Sprintf("ST-%04d", seq)},
	}
}

// emblemPNG draws a plausible emblem: a green shield with a gold rim and a star
// for a regency, a gold eagle-like silhouette for the regent's letterhead.
func emblemPNG(garuda bool) []byte {
	const w, h = 200, 240
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	gold := color.NRGBA{212, 160, 23, 255}
	green := color.NRGBA{20, 110, 50, 255}
	red := color.NRGBA{190, 30, 45, 255}
	white := color.NRGBA{255, 255, 255, 255}
	inShield := func(x, y, inset float64) bool {
		cx := w / 2.0
		if y < 15+inset || y > h-10-inset || x < 15+inset || x > w-15-inset {
			return false
		}
		if y < 130 {
			return true
		}
		// Lower half narrows to a point.
		half := (cx - 15 - inset) * math.Sqrt(math.Max(0, 1-math.Pow((y-130)/(h-10-inset-130), 2)))
		return math.Abs(x-cx) <= half
	}
	star := func(x, y, cx, cy, r float64) bool {
		a := math.Atan2(y-cy, x-cx) + math.Pi/2
		d := math.Hypot(x-cx, y-cy)
		k := math.Mod(a+2*math.Pi, 2*math.Pi/5) / (2 * math.Pi / 5)
		lim := r * (0.45 + 0.55*math.Abs(1-2*k))
		return d <= lim
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			fx, fy := float64(x), float64(y)
			var c color.NRGBA
			switch {
			case garuda:
				wing := math.Abs(fx-100) < 95-math.Abs(fy-90)*0.9 && fy > 40 && fy < 150
				body := math.Hypot(fx-100, fy-120) < 45 || (math.Abs(fx-100) < 25 && fy > 20 && fy < 220)
				head := math.Hypot(fx-100, fy-35) < 20
				if wing || body || head {
					c = gold
				}
				if inShield((fx-100)*2.6+100, (fy-95)*2.6+15, 0) {
					c = red
					if star(fx, fy, 100, 125, 14) {
						c = white
					}
				}
			case inShield(fx, fy, 10):
				c = green
				if star(fx, fy, 100, 95, 40) {
					c = gold
				}
				if fy > 160 && int(fx/12)%2 == 0 {
					c = color.NRGBA{30, 80, 160, 255}
				}
			case inShield(fx, fy, 0):
				c = gold
			}
			img.SetNRGBA(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// needTool skips the test when a poppler tool is not installed, except on CI
// (CI=true), where a missing tool fails the test instead of hiding it.
func needTool(t testing.TB, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		// The Windows test binaries run under Wine, which cannot start the Linux poppler tools.
		if os.Getenv("CI") == "true" && runtime.GOOS != "windows" {
			t.Fatalf("%s tidak terpasang (apt-get install poppler-utils); CI must read the letters back", name)
		}
		t.Skipf("%s tidak terpasang (apt-get install poppler-utils)", name)
	}
}

func writeTemp(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(testutil.TempDir(t), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// pdfText runs pdftotext with the given flags ("-layout", "-raw", "-f", "2", ...).
func pdfText(t testing.TB, pdf []byte, flags ...string) string {
	t.Helper()
	needTool(t, "pdftotext")
	p := writeTemp(t, "letter.pdf", pdf)
	out, err := exec.Command("pdftotext", append(append(flags, p), "-")...).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return string(out)
}

// pageText is the -layout text of one page (1-based).
func pageText(t testing.TB, pdf []byte, page int) string {
	n := fmt.Sprint(page)
	return pdfText(t, pdf, "-layout", "-f", n, "-l", n)
}

var spaces = regexp.MustCompile(`\s+`)

// flat joins the text in content order with single spaces, so a cell that wraps
// over two lines still reads as one name.
func flat(s string) string { return spaces.ReplaceAllString(s, " ") }

type pdfInfo struct {
	pages    int
	pageSize string // "609.45 x 935.43"
	w, h     float64
}

func info(t testing.TB, pdf []byte) pdfInfo {
	t.Helper()
	needTool(t, "pdfinfo")
	out, err := exec.Command("pdfinfo", writeTemp(t, "letter.pdf", pdf)).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo: %v\n%s", err, out)
	}
	var pi pdfInfo
	if m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(string(out)); m != nil {
		fmt.Sscan(m[1], &pi.pages)
	}
	if m := regexp.MustCompile(`Page size:\s+([\d.]+) x ([\d.]+) pts`).FindStringSubmatch(string(out)); m != nil {
		pi.pageSize = m[1] + " x " + m[2]
		fmt.Sscan(m[1], &pi.w)
		fmt.Sscan(m[2], &pi.h)
	}
	return pi
}

func needsAll(text string, want ...string) bool {
	for _, w := range want {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}
