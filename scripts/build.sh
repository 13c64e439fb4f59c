#!/usr/bin/env bash
# Builds the app with the pinned Wails CLI.
#
#   scripts/build.sh linux     # build/bin/SiDamping (WebKitGTK; frontend built by Wails)
#   scripts/build.sh windows   # build/bin/SiDamping.exe and build/bin/SiDamping-amd64-installer.exe
#
# SKIP_FRONTEND=1 reuses frontend/dist (e.g. right after the Linux build).
# `-m` keeps Wails from running `go mod tidy` behind our back.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

target="${1:-linux}"
skip=()
if [ "${SKIP_FRONTEND:-0}" = "1" ] && [ -f frontend/dist/index.html ]; then
	skip=(-s)
fi

case "$target" in
linux)
	# shellcheck disable=SC2046,SC2086
	"$WAILS" build $WAILS_COLOUR -m -trimpath "${skip[@]}" $(tags_flag) -o SiDamping
	test -x build/bin/SiDamping || die "build/bin/SiDamping was not produced"
	ls -la build/bin/SiDamping
	;;
windows)
	command -v x86_64-w64-mingw32-gcc >/dev/null || die "mingw-w64 is missing (scripts/deps.sh)"
	command -v makensis >/dev/null || die "nsis is missing (scripts/deps.sh)"
	CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ CGO_ENABLED=1 \
		"$WAILS" build $WAILS_COLOUR -m -trimpath -skipbindings "${skip[@]}" -platform windows/amd64 -nsis -o SiDamping.exe
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
