// Package settings reads and writes small application settings kept in app_meta
// (language, last daily backup, ...).
package settings

import (
	"context"
	"errors"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"sidamping/models"
)

// Keys used across the application.
const (
	KeyLanguage        = "language"
	KeyLastDailyBackup = "last_daily_backup"
	KeyAppID           = "app_id"
)

// Service is the settings store.
type Service struct{ db *gorm.DB }

// New builds the service.
func New(db *gorm.DB) *Service { return &Service{db: db} }

// Get returns the value of key, or def when it is not set.
func (s *Service) Get(ctx context.Context, key, def string) (string, error) {
	var m models.AppMeta
	err := s.db.WithContext(ctx).Where("key = ?", key).First(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return def, nil
	}
	if err != nil {
		return def, err
	}
	return m.Value, nil
}

// Set stores value under key.
func (s *Service) Set(ctx context.Context, key, value string) error {
	return s.db.WithContext(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "key"}},
		DoUpdates: clause.AssignmentColumns([]string{"value"}),
	}).Create(&models.AppMeta{Key: key, Value: value}).Error
}

// Language returns "id" (default) or "en".
func (s *Service) Language(ctx context.Context) string {
	v, _ := s.Get(ctx, KeyLanguage, "id")
	if v != "en" {
		return "id"
	}
	return v
}

// SetLanguage stores the UI language.
func (s *Service) SetLanguage(ctx context.Context, lang string) error {
	if lang != "id" && lang != "en" {
		return models.Invalid("settings.language", "language", "Bahasa harus id atau en.")
	}
	return s.Set(ctx, KeyLanguage, lang)
}
