package brief_test

import (
	"path/filepath"
	"testing"
	"time"

	"sidamping/services/brief"
	"sidamping/services/common"
	"sidamping/services/demo"
	"sidamping/services/testutil"
)

// BenchmarkBriefDemo writes the meeting brief PDF of the demo regency: target ≤ 3 s.
func BenchmarkBriefDemo(b *testing.B) {
	db := testutil.NewDB(b)
	clock := common.FixedClock{T: time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)}
	if _, err := demo.Load(ctx, db, demo.DefaultSeed, clock); err != nil {
		b.Fatal(err)
	}
	s := brief.New(db, clock, nil, nil)
	dir := testutil.TempDir(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Write(ctx, 2026, filepath.Join(dir, "brief.pdf"), brief.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
