package models

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"
)

// TableLabels names tables in Indonesian for messages about what refers to a record.
// Later areas add their tables here.
var TableLabels = map[string]string{
	"kecamatan":          "kecamatan",
	"desa":               "desa/kelurahan",
	"desa_tahun":         "penetapan desa prioritas",
	"opd":                "perangkat daerah",
	"tahun_program":      "tahun program",
	"mitra":              "mitra",
	"pendampingan":       "pendampingan",
	"anggota_tim":        "anggota tim",
	"pendampingan_mitra": "pendampingan bersama mitra",
	"surat":              "surat",
	"nomor_surat":        "nomor surat",
}

// Reference is one table whose rows point at a record.
type Reference struct {
	Table string `json:"table"`
	Label string `json:"label"`
	Count int64  `json:"count"`
}

// FindReferences lists the tables whose foreign keys (other than ON DELETE CASCADE / SET
// NULL) point at the row of table whose column keyCol equals key. It reads the schema, so a
// table added by a later migration is found without code changes.
func FindReferences(ctx context.Context, db *gorm.DB, table, keyCol string, key any) ([]Reference, error) {
	var tables []string
	if err := db.WithContext(ctx).Raw(`SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).Scan(&tables).Error; err != nil {
		return nil, err
	}
	type fk struct {
		Table    string
		From     string
		To       *string
		OnDelete string
	}
	var refs []Reference
	for _, child := range tables {
		var fks []fk
		if err := db.WithContext(ctx).Raw(fmt.Sprintf("SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('%s')", child)).Scan(&fks).Error; err != nil {
			return nil, err
		}
		for _, f := range fks {
			to := "id"
			if f.To != nil && *f.To != "" {
				to = *f.To
			}
			if f.Table != table || to != keyCol {
				continue
			}
			switch strings.ToUpper(f.OnDelete) {
			case "CASCADE", "SET NULL", "SET DEFAULT":
				continue
			}
			var n int64
			if err := db.WithContext(ctx).Table(child).Where(fmt.Sprintf("%q = ?", f.From), key).Count(&n).Error; err != nil {
				return nil, err
			}
			if n > 0 {
				label := TableLabels[child]
				if label == "" {
					label = child
				}
				refs = append(refs, Reference{Table: child, Label: label, Count: n})
			}
		}
	}
	return refs, nil
}

// DescribeReferences turns references into "12 desa/kelurahan, 1 pendampingan".
func DescribeReferences(refs []Reference) string {
	parts := make([]string, len(refs))
	for i, r := range refs {
		parts[i] = fmt.Sprintf("%d %s", r.Count, r.Label)
	}
	return strings.Join(parts, ", ")
}
