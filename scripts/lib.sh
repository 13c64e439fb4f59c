# Shared helpers for the scripts in this folder. Source it: `. "$(dirname "$0")/lib.sh"`.
# It sets ROOT (the repository), puts Go and the Wails CLI on PATH, and knows which
# WebKitGTK the Linux build links against.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="/usr/local/go/bin:${HOME}/go/bin:$(go env GOPATH 2>/dev/null || echo "${HOME}/go")/bin:${PATH}"
export DEBIAN_FRONTEND=noninteractive

WAILS_VERSION="v2.16.0"
WAILS="wails"

if [ -n "${NO_COLOR:-}" ] || [ ! -t 2 ]; then
	C_LOG="" C_WARN="" C_ERR="" C_END=""
	WAILS_COLOUR="-nocolour"
else
	C_LOG=$'\033[1;36m' C_WARN=$'\033[1;33m' C_ERR=$'\033[1;31m' C_END=$'\033[0m'
	WAILS_COLOUR=""
fi
log() { printf '%s==> %s%s\n' "$C_LOG" "$*" "$C_END" >&2; }
warn() { printf '%s!!  %s%s\n' "$C_WARN" "$*" "$C_END" >&2; }
die() { printf '%sxx  %s%s\n' "$C_ERR" "$*" "$C_END" >&2; exit 1; }

# as_root runs a command as root (directly when we are root, else through sudo).
as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# linux_tags prints the Go build tags for the Linux app: webkit2gtk-4.0 is Wails' default
# (Debian 12, Ubuntu 22.04); where only 4.1 exists (Ubuntu 24.04) the tag webkit2_41.
linux_tags() {
	if pkg-config --exists webkit2gtk-4.0 2>/dev/null; then
		echo ""
	elif pkg-config --exists webkit2gtk-4.1 2>/dev/null; then
		echo "webkit2_41"
	else
		echo ""
	fi
}

# product_version prints wails.json's info.productVersion, the one place the version is
# written: Wails puts it into the exe's version resource (build/windows/info.json) and the
# installer (wails_tools.nsh); scripts/build.sh passes it to app.Version. The installer's
# VIProductVersion needs MAJOR.MINOR.PATCH (digits only).
product_version() {
	local v
	v="$(sed -n 's/^[[:space:]]*"productVersion"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$ROOT/wails.json" | head -1)"
	echo "$v" | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+$' ||
		die "wails.json info.productVersion \"$v\" is not MAJOR.MINOR.PATCH (e.g. 0.2.0)"
	echo "$v"
}

# install_processprng_shim SYSTEM32 puts the bcryptprimitives.dll shim (tools/processprng)
# into a Wine prefix's system32: Go >= 1.24 on Windows calls ProcessPrng, which Wine 8
# (Debian 12) lacks. Run the programs with WINEDLLOVERRIDES containing bcryptprimitives=n,b.
install_processprng_shim() {
	local cache="${XDG_CACHE_HOME:-$HOME/.cache}/sidamping"
	local shim="$cache/bcryptprimitives.dll" src="$ROOT/tools/processprng/processprng.c"
	mkdir -p "$cache"
	if [ ! -f "$shim" ] || [ "$src" -nt "$shim" ]; then
		log "building bcryptprimitives.dll shim"
		x86_64-w64-mingw32-gcc -O2 -shared -o "$shim.$$" "$src" "$ROOT/tools/processprng/processprng.def" -ladvapi32
		mv -f "$shim.$$" "$shim"
	fi
	cp -f "$shim" "$1/bcryptprimitives.dll"
}

# tags_flag prints "-tags X" for wails/go when linux_tags is non-empty.
tags_flag() {
	local t
	t="$(linux_tags)"
	if [ -n "$t" ]; then echo "-tags $t"; fi
}

# ensure_frontend_dist makes sure main.go's //go:embed all:frontend/dist has something to
# embed even before the frontend was built (go vet / go test need only the folder).
ensure_frontend_dist() {
	mkdir -p "$ROOT/frontend/dist"
	[ -e "$ROOT/frontend/dist/.gitkeep" ] || : > "$ROOT/frontend/dist/.gitkeep"
}

# free_display picks an X display number with no server on it.
free_display() {
	local n=99
	while [ -e "/tmp/.X${n}-lock" ] || [ -e "/tmp/.X11-unix/X${n}" ]; do n=$((n + 1)); done
	echo "$n"
}

# start_xvfb starts Xvfb on a free display, exports DISPLAY and XVFB_PID.
start_xvfb() {
	local n
	n="$(free_display)"
	Xvfb ":${n}" -screen 0 1366x850x24 -nolisten tcp -ac >/dev/null 2>&1 &
	XVFB_PID=$!
	export DISPLAY=":${n}"
	for _ in $(seq 1 50); do
		[ -e "/tmp/.X11-unix/X${n}" ] && return 0
		sleep 0.1
	done
	die "Xvfb did not start on :${n}"
}

stop_xvfb() {
	if [ -n "${XVFB_PID:-}" ]; then
		kill "$XVFB_PID" 2>/dev/null || true
		wait "$XVFB_PID" 2>/dev/null || true
		XVFB_PID=""
	fi
}

# Settings that let WebKitGTK render under Xvfb without a GPU.
webkit_headless_env() {
	export WEBKIT_DISABLE_COMPOSITING_MODE=1
	export WEBKIT_DISABLE_DMABUF_RENDERER=1
	export LIBGL_ALWAYS_SOFTWARE=1
	export GDK_BACKEND=x11
	export NO_AT_BRIDGE=1 GTK_A11Y=none
}

# cli_has_demo tells whether cmd/sidamping-cli exists and offers the demo command.
cli_has_demo() {
	[ -d "$ROOT/cmd/sidamping-cli" ] && ls "$ROOT"/cmd/sidamping-cli/*.go >/dev/null 2>&1 &&
		grep -rqs '"demo"' "$ROOT/cmd/sidamping-cli"
}

# seed_demo_db PATH fills a new database with the demo data through the CLI.
seed_demo_db() {
	local db="$1"
	if cli_has_demo; then
		mkdir -p "$(dirname "$db")"
		(cd "$ROOT" && go run ./cmd/sidamping-cli --db "$db" demo)
	else
		warn "cmd/sidamping-cli demo is not there yet; the app will offer \"Muat data contoh\" on first run"
		return 1
	fi
}
