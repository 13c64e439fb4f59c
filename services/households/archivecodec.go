package households

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// The archive's rows are written in a small binary form (JSON took ~20 µs a row each way):
// a row is its kind ('k' family, 'i' member) and its values, each a type byte followed by
// the value: 0 NULL, 1 integer (varint), 2 text (length, bytes), 3 real (8 bytes), 4 blob.

type rowWriter struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (rw *rowWriter) row(kind byte, vals []any) error {
	rw.w.WriteByte(kind)
	for _, v := range vals {
		switch x := v.(type) {
		case nil:
			rw.w.WriteByte(0)
		case int64:
			rw.w.WriteByte(1)
			rw.w.Write(rw.buf[:binary.PutVarint(rw.buf[:], x)])
		case string:
			rw.w.WriteByte(2)
			rw.w.Write(rw.buf[:binary.PutUvarint(rw.buf[:], uint64(len(x)))])
			rw.w.WriteString(x)
		case float64:
			rw.w.WriteByte(3)
			binary.LittleEndian.PutUint64(rw.buf[:8], math.Float64bits(x))
			rw.w.Write(rw.buf[:8])
		case []byte:
			rw.w.WriteByte(4)
			rw.w.Write(rw.buf[:binary.PutUvarint(rw.buf[:], uint64(len(x)))])
			rw.w.Write(x)
		default:
			return fmt.Errorf("nilai arsip bertipe %T", v)
		}
	}
	return nil
}

type rowReader struct {
	r *bufio.Reader
}

var errArchiveDamaged = errors.New("isi arsip rusak")

// row reads the next row into vals (its length is the kind's column count); io.EOF at
// the end. n maps a kind to its column count.
func (rr *rowReader) row(n func(kind byte) int) (byte, []any, error) {
	kind, err := rr.r.ReadByte()
	if err != nil {
		return 0, nil, err
	}
	cols := n(kind)
	if cols == 0 {
		return 0, nil, errArchiveDamaged
	}
	vals := make([]any, cols)
	for i := range vals {
		t, err := rr.r.ReadByte()
		if err != nil {
			return 0, nil, errArchiveDamaged
		}
		switch t {
		case 0:
		case 1:
			x, err := binary.ReadVarint(rr.r)
			if err != nil {
				return 0, nil, errArchiveDamaged
			}
			vals[i] = x
		case 2, 4:
			l, err := binary.ReadUvarint(rr.r)
			if err != nil || l > 1<<24 {
				return 0, nil, errArchiveDamaged
			}
			b := make([]byte, l)
			if _, err := io.ReadFull(rr.r, b); err != nil {
				return 0, nil, errArchiveDamaged
			}
			if t == 2 {
				vals[i] = string(b)
			} else {
				vals[i] = b
			}
		case 3:
			var b [8]byte
			if _, err := io.ReadFull(rr.r, b[:]); err != nil {
				return 0, nil, errArchiveDamaged
			}
			vals[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[:]))
		default:
			return 0, nil, errArchiveDamaged
		}
	}
	return kind, vals, nil
}
