// SiDamping — Sistem Informasi Desa Dampingan. main.go only wires: it opens the database,
// builds the services and binds the app structs to the window.
package main

import (
	"context"
	"crypto/sha1"
	"embed"
	"encoding/hex"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/windows"

	"sidamping/app"
	"sidamping/models"
	"sidamping/services/boot"
	"sidamping/services/common"
)

//go:embed all:frontend/dist
var assets embed.FS

// dbPathFromArgs reads --db PATH / --db=PATH (other flags belong to Wails), then
// SIDAMPING_DB, then the default in the user's config folder.
func dbPathFromArgs(args []string) (string, error) {
	for i, a := range args {
		switch {
		case a == "--db" || a == "-db":
			if i+1 < len(args) {
				return filepath.Abs(args[i+1])
			}
		case strings.HasPrefix(a, "--db=") || strings.HasPrefix(a, "-db="):
			return filepath.Abs(a[strings.Index(a, "=")+1:])
		}
	}
	if env := os.Getenv("SIDAMPING_DB"); env != "" {
		return filepath.Abs(env)
	}
	return models.DefaultDBPath()
}

func main() {
	dbPath, err := dbPathFromArgs(os.Args[1:])
	if err != nil {
		log.Fatal(err)
	}
	rt := &app.Runtime{}
	clock := common.SystemClock{}
	// The instance lock comes before the database is opened or migrated: a second start
	// on the same database shows "SiDamping sudah berjalan" (and Wails' SingleInstanceLock
	// below brings the first window to the front) without touching the file.
	db, lock, _, bootErr := boot.OpenExclusive(context.Background(), dbPath, boot.Options{Clock: clock, Emitter: rt, DailyBackup: true, StartupCheck: true})
	var bound *app.Bound
	if bootErr == nil {
		bound = app.New(rt, app.NewServices(db, dbPath, clock, rt))
	} else {
		log.Printf("gagal membuka basis data: %v", bootErr)
		bound = app.NewBootFailure(rt, dbPath, bootErr)
	}
	sum := sha1.Sum([]byte(strings.ToLower(dbPath)))
	err = wails.Run(&options.App{
		Title:     "SiDamping — Sistem Informasi Desa Dampingan",
		Width:     1280,
		Height:    800,
		MinWidth:  1024,
		MinHeight: 640,
		AssetServer: &assetserver.Options{
			Assets: assets,
		},
		BackgroundColour: &options.RGBA{R: 248, G: 250, B: 252, A: 1},
		OnStartup:        rt.Startup,
		OnShutdown: func(context.Context) {
			if db != nil {
				_ = models.Close(db)
			}
			_ = lock.Release()
		},
		SingleInstanceLock: &options.SingleInstanceLock{
			UniqueId:               "id.sidamping." + hex.EncodeToString(sum[:8]),
			OnSecondInstanceLaunch: func(options.SecondInstanceData) { rt.BringToFront() },
		},
		ErrorFormatter: app.FormatError,
		Bind:           bound.List(),
		Windows: &windows.Options{
			WebviewIsTransparent: false, WindowIsTranslucent: false,
			Messages: webView2Messages(),
		},
	})
	if err != nil {
		log.Fatal(err)
	}
}
