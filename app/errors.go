package app

import (
	"encoding/json"
	"log"

	"sidamping/models"
	"sidamping/services/fileout"
)

// FormatError turns any error returned by a bound method into what the frontend receives.
// Wails v2 wraps the value in `new Error(value)`, so an object would arrive as
// "[object Object]": the error is sent as the JSON text of {code, message, field, fields,
// details, params}, which src/api parses back into a typed AppError. main.go sets it as
// Wails' ErrorFormatter. A raw error of the operating system about a file becomes a coded
// files.* error first, so its English text never reaches the user; the full error, with
// its technical cause, goes to the log.
func FormatError(err error) any {
	ae := models.AsAppError(fileout.UserError(err))
	if ae.Unwrap() != nil || ae.Code == "internal" {
		log.Printf("%s: %v", ae.Code, err)
	}
	b, jerr := json.Marshal(ae)
	if jerr != nil {
		return err.Error()
	}
	return string(b)
}
