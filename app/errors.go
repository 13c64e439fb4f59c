package app

import "sidamping/models"

// FormatError turns any error returned by a bound method into the object the frontend
// receives: {code, message, field, fields, details}. main.go sets it as Wails' ErrorFormatter.
func FormatError(err error) any {
	return models.AsAppError(err)
}
