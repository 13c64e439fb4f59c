// Command sidamping-cli runs SiDamping's services without a window, for IT staff and
// tests: load the demo data, back up, restore, check the database, print the version.
//
//	sidamping-cli [--db PATH] [--json] <perintah> [argumen]
//
// Exit codes: 0 success, 1 failure (message on stderr), 2 wrong usage.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"sidamping/models"
	"sidamping/services/common"
	"sidamping/services/fileout"
)

// Version is set at build time (-ldflags "-X main.Version=..."), like app.Version.
var Version = "0.1.0"

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := runContext(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is main without the process: it parses args, runs one command and returns the
// exit code.
func run(args []string, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdout, stderr)
}

// env is what every command gets: the options and where to write.
type env struct {
	ctx    context.Context
	dbPath string
	json   bool
	clock  common.Clock
	stdout io.Writer
	stderr io.Writer
}

// output is a command's result: fields for --json and lines for people.
type output struct {
	data map[string]any
	text string
}

// usageError is wrong usage: exit code 2 and the usage text.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

func runContext(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	e := &env{ctx: ctx, clock: common.SystemClock{}, stdout: stdout, stderr: stderr}
	global := flag.NewFlagSet("sidamping-cli", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	e.bindCommon(global)
	err := global.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		printUsage(stdout)
		return exitOK
	}
	if err != nil {
		return e.fail("", usageError{err.Error()})
	}
	rest := global.Args()
	if len(rest) == 0 {
		return e.fail("", usagef("perintah belum diberikan"))
	}
	cmd := findCommand(rest[0])
	if cmd == nil {
		return e.fail("", usagef("perintah %q tidak dikenal", rest[0]))
	}
	fs := flag.NewFlagSet(cmd.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	e.bindCommon(fs)
	var opts any
	if cmd.flags != nil {
		opts = cmd.flags(fs)
	}
	pos, err := parseInterleaved(fs, rest[1:])
	if errors.Is(err, flag.ErrHelp) {
		printCommandUsage(stdout, cmd, fs)
		return exitOK
	}
	if err != nil {
		return e.failCommand(cmd, fs, usageError{err.Error()})
	}
	if cmd.variadic && len(pos) > len(cmd.args) {
		// the last argument repeats: nothing is "too many"
	} else if len(pos) != len(cmd.args) {
		if len(pos) < len(cmd.args) {
			return e.failCommand(cmd, fs, usagef("%s: argumen %s belum diberikan", cmd.name, strings.Join(cmd.args[len(pos):], " ")))
		}
		return e.failCommand(cmd, fs, usagef("%s: argumen berlebih: %s", cmd.name, strings.Join(pos[len(cmd.args):], " ")))
	}
	if !cmd.noDB {
		if err := e.resolveDB(); err != nil {
			return e.fail(cmd.name, err)
		}
		// No command may write its output over the database it works on.
		e.ctx = fileout.Protect(e.ctx, fileout.Database, e.dbPath)
	}
	out, err := cmd.run(e, opts, pos)
	if err != nil {
		if _, ok := err.(usageError); ok {
			return e.failCommand(cmd, fs, err)
		}
		return e.failWith(cmd.name, err, out)
	}
	return e.succeed(cmd.name, out)
}

// bindCommon registers --db and --json on fs; they are accepted before and after the command.
func (e *env) bindCommon(fs *flag.FlagSet) {
	fs.StringVar(&e.dbPath, "db", e.dbPath, "berkas basis data (bawaan: $SIDAMPING_DB atau folder konfigurasi pengguna)")
	fs.BoolVar(&e.json, "json", e.json, "tulis hasil sebagai JSON")
}

// resolveDB fills the database path: --db, then SIDAMPING_DB, then the default.
func (e *env) resolveDB() error {
	p := e.dbPath
	if p == "" {
		p = os.Getenv("SIDAMPING_DB")
	}
	if p == "" {
		d, err := models.DefaultDBPath()
		if err != nil {
			return err
		}
		p = d
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return err
	}
	e.dbPath = abs
	return nil
}

// parseInterleaved parses flags that may come before or after the positional arguments.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// succeed prints the result and returns 0.
func (e *env) succeed(name string, out output) int {
	if e.json {
		e.writeJSON(true, name, out.data, nil)
	} else if out.text != "" {
		fmt.Fprintln(e.stdout, out.text)
	}
	return exitOK
}

// failCommand is wrong usage of one command: message and the command's usage.
func (e *env) failCommand(cmd *command, fs *flag.FlagSet, err error) int {
	code := e.fail(cmd.name, err)
	printCommandUsage(e.stderr, cmd, fs)
	return code
}

// fail reports err: the message on stderr (and a JSON object on stdout with --json).
func (e *env) fail(name string, err error) int {
	return e.failWith(name, err, output{})
}

func (e *env) failWith(name string, err error, out output) int {
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(e.stderr, "sidamping-cli: %s\n", ue.msg)
		if e.json {
			e.writeJSON(false, name, out.data, &models.AppError{Code: "usage", Message: ue.msg})
		}
		if name == "" {
			printUsage(e.stderr)
		}
		return exitUsage
	}
	ae := models.AsAppError(fileout.UserError(err))
	fmt.Fprintf(e.stderr, "sidamping-cli: %s\n", ae.Message)
	for _, d := range ae.Details {
		fmt.Fprintf(e.stderr, "  - %s\n", d)
	}
	if out.text != "" && !e.json {
		fmt.Fprintln(e.stdout, out.text)
	}
	if e.json {
		e.writeJSON(false, name, out.data, ae)
	}
	return exitFailure
}

// writeJSON prints one result object: {"ok":..,"command":..,<data>} plus code and
// message on failure.
func (e *env) writeJSON(ok bool, name string, data map[string]any, ae *models.AppError) {
	obj := map[string]any{}
	for k, v := range data {
		obj[k] = v
	}
	obj["ok"] = ok
	if name != "" {
		obj["command"] = name
	}
	if ae != nil {
		obj["code"], obj["message"] = ae.Code, ae.Message
		if len(ae.Details) > 0 {
			obj["details"] = ae.Details
		}
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(obj)
}

// printUsage lists the commands.
func printUsage(w io.Writer) {
	fmt.Fprintln(w, "Penggunaan: sidamping-cli [--db BERKAS] [--json] <perintah> [argumen]")
	fmt.Fprintln(w, "\nPerintah:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-28s %s\n", c.synopsis(), c.summary)
	}
	fmt.Fprintln(w, "\nOpsi umum:")
	fmt.Fprintln(w, "  --db BERKAS   basis data (bawaan: $SIDAMPING_DB, lalu folder konfigurasi pengguna)")
	fmt.Fprintln(w, "  --json        tulis hasil sebagai JSON")
	fmt.Fprintln(w, "\nKode keluar: 0 berhasil, 1 gagal, 2 penggunaan salah.")
}

// printCommandUsage shows one command's synopsis and flags.
func printCommandUsage(w io.Writer, cmd *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Penggunaan: sidamping-cli %s\n  %s\n", cmd.synopsis(), cmd.summary)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}
