#!/usr/bin/env bash
# Builds the app with the pinned Wails CLI.
#
#   scripts/build.sh linux     # build/bin/SiDamping (WebKitGTK; frontend built by Wails)
#   scripts/build.sh windows   # build/bin/SiDamping.exe and build/bin/SiDamping-amd64-installer.exe
#
# SKIP_FRONTEND=1 reuses frontend/dist (e.g. right after the Linux build).
# `-m` keeps Wails from running `go mod tidy` behind our back.
# The version comes from wails.json (info.productVersion) alone: Wails writes it into the
# exe's version resource and the installer, and -ldflags into app.Version.
# `-webview2 embed`: a Windows without the WebView2 runtime gets the Indonesian messages of
# main.go and the bootstrapper built into the exe, never a download that fails offline
# with a raw network error.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

target="${1:-linux}"
version="$(product_version)"
ldflags="-X sidamping/app.Version=${version}"
skip=()
if [ "${SKIP_FRONTEND:-0}" = "1" ] && [ -f frontend/dist/index.html ]; then
	skip=(-s)
fi

case "$target" in
linux)
	# shellcheck disable=SC2046,SC2086
	"$WAILS" build $WAILS_COLOUR -m -trimpath "${skip[@]}" $(tags_flag) -ldflags "$ldflags" -o SiDamping
	test -x build/bin/SiDamping || die "build/bin/SiDamping was not produced"
	ls -la build/bin/SiDamping
	;;
windows)
	command -v x86_64-w64-mingw32-gcc >/dev/null || die "mingw-w64 is missing (scripts/deps.sh)"
	command -v makensis >/dev/null || die "nsis is missing (scripts/deps.sh)"
	CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ CGO_ENABLED=1 \
		"$WAILS" build $WAILS_COLOUR -m -trimpath -skipbindings "${skip[@]}" -platform windows/amd64 -nsis \
		-webview2 embed -ldflags "$ldflags" -o SiDamping.exe
	# Wails drops the WebView2 bootstrapper here for makensis; it is not ours to keep.
	rm -rf build/windows/installer/tmp
	for f in build/bin/SiDamping.exe build/bin/SiDamping-amd64-installer.exe; do
		test -s "$f" || die "$f was not produced"
	done
	file build/bin/SiDamping.exe build/bin/SiDamping-amd64-installer.exe 2>/dev/null || true
	ls -la build/bin/SiDamping.exe build/bin/SiDamping-amd64-installer.exe
	;;
*) die "usage: $0 linux|windows" ;;
esac
