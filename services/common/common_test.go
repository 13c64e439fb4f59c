package common

import (
	"testing"
	"time"
)

func TestFormats(t *testing.T) {
	d := time.Date(2022, 6, 22, 10, 0, 0, 0, time.Local)
	if got := Tanggal(d); got != "22 Juni 2022" {
		t.Errorf("Tanggal = %q", got)
	}
	if got := HariTanggal(d); got != "Rabu, 22 Juni 2022" {
		t.Errorf("HariTanggal = %q", got)
	}
	cases := map[int64]string{0: "0", 999: "999", 1000: "1.000", 1250000: "1.250.000", -45000: "-45.000"}
	for n, want := range cases {
		if got := Angka(n); got != want {
			t.Errorf("Angka(%d) = %q, want %q", n, got, want)
		}
	}
	if got := Rupiah(1250000); got != "Rp 1.250.000" {
		t.Errorf("Rupiah = %q", got)
	}
	for n, want := range map[int]string{1: "I", 4: "IV", 9: "IX", 11: "XI", 12: "XII"} {
		if got := Romawi(n); got != want {
			t.Errorf("Romawi(%d) = %q", n, got)
		}
	}
}

func TestProgressThrottlesAndFinishes(t *testing.T) {
	rec := &Recorder{}
	p := NewProgress(rec, "x")
	for i := int64(0); i < 1000; i++ {
		p.Report("copy", i, 1000)
	}
	p.Report("copy", 1000, 1000)
	ev := rec.Named(ProgressEventName)
	if len(ev) < 2 || len(ev) > 20 {
		t.Fatalf("got %d events, want a throttled handful", len(ev))
	}
	last := ev[len(ev)-1].Data.(ProgressEvent)
	if last.Percent != 100 || last.Task != "x" {
		t.Fatalf("last event %+v", last)
	}
}
