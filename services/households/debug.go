package households

import (
	"fmt"
	"os"
	"runtime"
)

// debugf prints the import's stage timings and heap to stderr when HOUSEHOLDS_DEBUG is
// set (for tuning with the benchmark).
func debugf(format string, args ...any) {
	if os.Getenv("HOUSEHOLDS_DEBUG") == "" {
		return
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(os.Stderr, format+" (heap in use %d MB, Go memory %d MB)\n", append(args, ms.HeapInuse>>20, ms.Sys>>20)...)
}
