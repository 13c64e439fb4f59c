package sheetreader

import (
	"io"
	"sync"
)

// Inflating a zip entry costs about as much CPU as tokenizing it, so a
// prefetchReader inflates in its own goroutine, a few chunks ahead, letting
// the two run on separate cores.
const (
	prefetchChunk  = 256 << 10
	prefetchChunks = 4
)

type chunk struct {
	b   []byte
	err error // io.EOF after the last data
}

type prefetchReader struct {
	full   chan chunk    // filled chunks, in order
	free   chan []byte   // empty buffers for the goroutine
	done   chan struct{} // closed by Close to stop the goroutine
	wg     sync.WaitGroup
	cur    []byte // unread part of the current chunk
	curBuf []byte // the current chunk's buffer, recycled when used up
	err    error  // error that follows cur
}

// newPrefetchReader starts reading r in the background. Close must be
// called (before r is closed) to stop the goroutine.
func newPrefetchReader(r io.Reader) *prefetchReader {
	p := &prefetchReader{
		full: make(chan chunk, prefetchChunks),
		free: make(chan []byte, prefetchChunks+2),
		done: make(chan struct{}),
	}
	for range prefetchChunks + 2 {
		p.free <- make([]byte, prefetchChunk)
	}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			var buf []byte
			select {
			case buf = <-p.free:
			case <-p.done:
				return
			}
			n, err := io.ReadFull(r, buf)
			if err == io.ErrUnexpectedEOF {
				err = io.EOF
			}
			select {
			case p.full <- chunk{buf[:n], err}:
			case <-p.done:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return p
}

// Read implements io.Reader.
func (p *prefetchReader) Read(b []byte) (int, error) {
	for len(p.cur) == 0 {
		if p.err != nil {
			return 0, p.err
		}
		if p.curBuf != nil {
			p.free <- p.curBuf[:cap(p.curBuf)] // never blocks: free holds every buffer
			p.curBuf = nil
		}
		c := <-p.full
		p.cur, p.curBuf, p.err = c.b, c.b, c.err
	}
	n := copy(b, p.cur)
	p.cur = p.cur[n:]
	return n, nil
}

// Close stops the background goroutine and waits for it.
func (p *prefetchReader) Close() {
	close(p.done)
	p.wg.Wait()
}
