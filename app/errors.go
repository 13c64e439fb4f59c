package app

import (
	"encoding/json"

	"sidamping/models"
)

// FormatError turns any error returned by a bound method into what the frontend receives.
// Wails v2 wraps the value in `new Error(value)`, so an object would arrive as
// "[object Object]": the error is sent as the JSON text of {code, message, field, fields,
// details, params}, which src/api parses back into a typed AppError. main.go sets it as
// Wails' ErrorFormatter.
func FormatError(err error) any {
	b, jerr := json.Marshal(models.AsAppError(err))
	if jerr != nil {
		return err.Error()
	}
	return string(b)
}
