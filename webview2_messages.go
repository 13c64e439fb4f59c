package main

import "github.com/wailsapp/wails/v2/pkg/options/windows"

// webView2Help says what to do when the WebView2 runtime cannot be installed from this
// computer: most office laptops in the villages are offline when SiDamping is installed.
const webView2Help = "Pemasangan WebView2 memerlukan sambungan internet. Jika komputer ini tidak " +
	"tersambung ke internet, minta pengelola TI memasang \"WebView2 Runtime Evergreen Standalone " +
	"Installer (x64)\" dari https://developer.microsoft.com/microsoft-edge/webview2/ (dapat diunduh " +
	"di komputer lain dan dibawa dengan flashdisk), lalu buka SiDamping lagi."

// webView2Messages are the texts Wails shows on Windows before the window exists, when the
// Microsoft WebView2 runtime that draws SiDamping's window is missing, too old or broken.
// With `wails build -webview2 embed` (scripts/build.sh) Wails shows InstallationRequired
// (or UpdateRequired) followed by PressOKToInstall, runs the bootstrapper built into the
// exe, and shows FailedToInstall when that did not work (e.g. offline). Every field is
// set: an empty one would make Wails show nothing at all.
func webView2Messages() *windows.Messages {
	return &windows.Messages{
		InstallationRequired: "SiDamping memerlukan Microsoft WebView2 Runtime untuk menampilkan " +
			"jendelanya, dan komponen Windows itu belum terpasang di komputer ini.\n\n" + webView2Help + "\n\n",
		UpdateRequired: "SiDamping memerlukan versi Microsoft WebView2 Runtime yang lebih baru " +
			"daripada yang terpasang di komputer ini.\n\n" + webView2Help + "\n\n",
		PressOKToInstall:     "Tekan OK untuk memasangnya sekarang (perlu internet; tunggu sampai selesai), atau Batal untuk keluar.",
		MissingRequirements:  "SiDamping: Microsoft WebView2 Runtime belum terpasang",
		Webview2NotInstalled: "Microsoft WebView2 Runtime belum terpasang, sehingga SiDamping tidak dapat dibuka.",
		Error:                "SiDamping: kesalahan",
		FailedToInstall: "Microsoft WebView2 Runtime gagal dipasang; biasanya karena komputer tidak " +
			"tersambung ke internet. SiDamping belum dapat dibuka.\n\n" + webView2Help,
		DownloadPage: "SiDamping memerlukan Microsoft WebView2 Runtime. Tekan OK untuk membuka halaman " +
			"unduhannya (perlu internet), pasang, lalu buka SiDamping lagi. Versi minimum: ",
		ContactAdmin: "SiDamping memerlukan Microsoft WebView2 Runtime, yang belum terpasang di komputer ini. " +
			"Minta pengelola TI memasang \"WebView2 Runtime Evergreen Standalone Installer (x64)\" dari " +
			"https://developer.microsoft.com/microsoft-edge/webview2/.",
		InvalidFixedWebview2: "Folder Microsoft WebView2 Runtime yang ditetapkan untuk SiDamping tidak berisi " +
			"WebView2 yang dapat dipakai (atau versinya terlalu lama). Periksa folder itu atau minta bantuan pengelola TI.",
		WebView2ProcessCrash: "Tampilan SiDamping (Microsoft WebView2) berhenti mendadak dan SiDamping harus " +
			"ditutup. Data yang sudah tersimpan tetap aman; buka SiDamping lagi.",
	}
}
