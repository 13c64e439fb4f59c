package models

import (
	"errors"
	"fmt"
	"sort"
)

// Sentinel kinds that typed errors wrap, so callers can ask errors.Is(err, ErrNotFound).
var (
	ErrNotFound   = errors.New("not found")
	ErrInvalid    = errors.New("invalid")
	ErrConflict   = errors.New("conflict")
	ErrReferenced = errors.New("referenced")
	ErrCancelled  = errors.New("cancelled")
)

// AppError is the error every service returns to the UI: a stable code the
// frontend can translate, an Indonesian message for the user, and optionally the
// field it belongs to and a list of problems (for imports).
type AppError struct {
	Code    string            `json:"code"`
	Message string            `json:"message"`
	Field   string            `json:"field,omitempty"`
	Details []string          `json:"details,omitempty"`
	Fields  map[string]string `json:"fields,omitempty"`
	kind    error             `json:"-"`
	cause   error             `json:"-"`
	Params  map[string]any    `json:"params,omitempty"`
}

func (e *AppError) Error() string {
	if e.cause != nil {
		return fmt.Sprintf("%s: %s (%v)", e.Code, e.Message, e.cause)
	}
	return e.Code + ": " + e.Message
}

// Is lets errors.Is match the sentinel kind.
func (e *AppError) Is(target error) bool { return e.kind != nil && target == e.kind }

// Unwrap exposes the underlying cause, if any.
func (e *AppError) Unwrap() error { return e.cause }

// NewError builds an AppError of the given kind.
func NewError(kind error, code, message string) *AppError {
	return &AppError{Code: code, Message: message, kind: kind}
}

// Invalid is a validation error on one field.
func Invalid(code, field, message string) *AppError {
	return &AppError{Code: code, Message: message, Field: field, kind: ErrInvalid}
}

// NotFound is an error for a missing record.
func NotFound(code, message string) *AppError {
	return &AppError{Code: code, Message: message, kind: ErrNotFound}
}

// Conflict is an error for a duplicate or a rule that forbids the change.
func Conflict(code, message string) *AppError {
	return &AppError{Code: code, Message: message, kind: ErrConflict}
}

// Wrap attaches a cause to an AppError.
func (e *AppError) Wrap(cause error) *AppError { e.cause = cause; return e }

// WithDetails attaches a list of problems.
func (e *AppError) WithDetails(d []string) *AppError { e.Details = d; return e }

// FieldErrors collects per-field validation messages and becomes one AppError.
type FieldErrors map[string]string

// Add records the first message for a field.
func (f FieldErrors) Add(field, msg string) {
	if _, ok := f[field]; !ok {
		f[field] = msg
	}
}

// Contact records malformed e-mail and phone values (empty ones are allowed) on the
// fields "email" and "phone".
func (f FieldErrors) Contact(email, phone string) {
	if email != "" && !ValidEmail(email) {
		f.Add("email", fmt.Sprintf("Alamat e-mail %q tidak sah.", email))
	}
	if phone != "" && !ValidPhone(phone) {
		f.Add("phone", fmt.Sprintf("Nomor telepon %q tidak sah.", phone))
	}
}

// Err returns nil when no field failed, else an AppError listing every field.
func (f FieldErrors) Err(code string) error {
	if len(f) == 0 {
		return nil
	}
	var first string
	for _, k := range sortedKeys(f) {
		first = f[k]
		break
	}
	msg := first
	if len(f) > 1 {
		msg = fmt.Sprintf("%s (dan %d isian lain perlu diperbaiki)", first, len(f)-1)
	}
	return &AppError{Code: code, Message: msg, Fields: map[string]string(f), kind: ErrInvalid}
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Internal wraps an unexpected error with a generic Indonesian message.
func Internal(cause error) *AppError {
	return &AppError{Code: "internal", Message: "Terjadi kesalahan internal: " + cause.Error(), cause: cause}
}

// AsAppError converts any error to an AppError for the UI.
func AsAppError(err error) *AppError {
	if err == nil {
		return nil
	}
	var ae *AppError
	if errors.As(err, &ae) {
		return ae
	}
	if errors.Is(err, ErrCancelled) {
		return &AppError{Code: "cancelled", Message: "Proses dibatalkan.", kind: ErrCancelled}
	}
	return Internal(err)
}
