#!/usr/bin/env bash
# Installs what building, running and testing SiDamping needs, skipping what is there:
# Debian/Ubuntu packages (GTK/WebKitGTK, mingw-w64, NSIS, Wine, Xvfb, Chromium, ...), the
# pinned Wails CLI and the frontend's npm packages. Safe to run again; a warm machine
# finishes in a few seconds.
#
#   scripts/deps.sh            # everything
#   scripts/deps.sh --no-npm   # skip `npm install` in frontend/
set -euo pipefail
. "$(dirname "$0")/lib.sh"

WITH_NPM=1
for a in "$@"; do
	case "$a" in
	--no-npm) WITH_NPM=0 ;;
	*) die "unknown option $a" ;;
	esac
done

APT_UPDATED=0
apt_update_once() {
	if [ "$APT_UPDATED" -eq 0 ]; then
		log "apt-get update"
		as_root apt-get update -qq
		APT_UPDATED=1
	fi
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

available() {
	apt-cache show "$1" >/dev/null 2>&1 && [ -n "$(apt-cache show "$1" 2>/dev/null | head -1)" ]
}

# --- Debian packages -------------------------------------------------------------------
PKGS=(
	build-essential pkg-config git ca-certificates curl procps
	libgtk-3-dev
	xvfb xauth x11-utils imagemagick fonts-liberation fonts-noto-core
	chromium
	mingw-w64 nsis wine wine64
	poppler-utils
	icoutils
	libreoffice-calc-nogui libreoffice-writer-nogui
)
# The NSIS installer is a 32-bit program: scripts/installer-test.sh runs it under Wine,
# which needs the i386 architecture and wine32.
if ! dpkg --print-foreign-architectures | grep -qx i386; then
	log "dpkg --add-architecture i386 (wine32 for the installer test)"
	as_root dpkg --add-architecture i386
	APT_UPDATED=0
	apt_update_once
fi
PKGS+=(wine32:i386)
# WebKitGTK: 4.0 is Wails' default (Debian 12); newer Ubuntu only has 4.1 (built with -tags webkit2_41).
if installed libwebkit2gtk-4.0-dev || installed libwebkit2gtk-4.1-dev; then
	:
else
	apt_update_once
	if available libwebkit2gtk-4.0-dev; then PKGS+=(libwebkit2gtk-4.0-dev); else PKGS+=(libwebkit2gtk-4.1-dev); fi
fi

MISSING=()
for p in "${PKGS[@]}"; do installed "$p" || MISSING+=("$p"); done
if ! command -v go >/dev/null 2>&1; then MISSING+=(golang-go); fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then MISSING+=(nodejs npm); fi

if [ "${#MISSING[@]}" -gt 0 ]; then
	apt_update_once
	log "apt-get install ${MISSING[*]}"
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${MISSING[@]}"
else
	log "Debian packages: all present"
fi

# --- Go ---------------------------------------------------------------------------------
command -v go >/dev/null 2>&1 || die "Go is missing: install Go 1.26 (https://go.dev/dl) into /usr/local/go"
GOV="$(go env GOVERSION | sed 's/^go//')"
GOMINOR="$(echo "$GOV" | cut -d. -f2)"
if [ "$(echo "$GOV" | cut -d. -f1)" -lt 1 ] || [ "$GOMINOR" -lt 21 ]; then
	die "Go $GOV is too old to fetch the toolchain go.mod asks for; install Go 1.26 into /usr/local/go"
fi
log "Go: $(go version | awk '{print $3}')"

# --- Node ------------------------------------------------------------------------------
NODEMAJOR="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$NODEMAJOR" -lt 20 ]; then
	die "Node.js $(node -v) is too old for Vite; install Node.js 20 or newer (e.g. from NodeSource)"
fi
log "Node: $(node -v), npm $(npm -v)"

# --- Wails CLI (pinned) ------------------------------------------------------------------
have_wails="$("$WAILS" version 2>/dev/null | head -1 || true)"
if [ "$have_wails" != "$WAILS_VERSION" ]; then
	log "go install wails@$WAILS_VERSION (had: ${have_wails:-none})"
	go install "github.com/wailsapp/wails/v2/cmd/wails@${WAILS_VERSION}"
fi
log "Wails: $("$WAILS" version | head -1)"

# --- npm packages ------------------------------------------------------------------------
if [ "$WITH_NPM" -eq 1 ] && [ -f "$ROOT/frontend/package.json" ]; then
	stamp="$ROOT/frontend/node_modules/.package-lock.json"
	if [ ! -f "$stamp" ] || [ "$ROOT/frontend/package.json" -nt "$stamp" ] ||
		{ [ -f "$ROOT/frontend/package-lock.json" ] && [ "$ROOT/frontend/package-lock.json" -nt "$stamp" ]; }; then
		log "npm install (frontend)"
		(cd "$ROOT/frontend" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund)
		[ -f "$stamp" ] && touch "$stamp"
	else
		log "npm packages: up to date"
	fi
fi

ensure_frontend_dist
log "deps: ok"
