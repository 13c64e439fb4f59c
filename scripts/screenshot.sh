#!/usr/bin/env bash
# Starts the real window (the production Linux build, build/bin/SiDamping) under Xvfb and
# saves pictures of it: first-run.png on a fresh database and main-window.png on the demo
# database (made with `sidamping-cli demo`). Fails when the window never appears or the
# picture is blank (WebKit rendered nothing).
#
#   scripts/screenshot.sh [OUTDIR]        # default build/screenshots
#   WAIT=8 scripts/screenshot.sh          # seconds to wait after the window is mapped
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

OUTDIR="${1:-$ROOT/build/screenshots}"
WAIT="${WAIT:-6}"
APP="$ROOT/build/bin/SiDamping"
[ -x "$APP" ] || die "$APP is missing: run scripts/build.sh linux first"
mkdir -p "$OUTDIR"

# One session bus for the app (Wails' single-instance lock uses D-Bus on Linux).
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v dbus-run-session >/dev/null; then
	exec dbus-run-session -- bash "$0" "$@" 2> >(grep -v 'fd limit' >&2)
fi

WORK="$(mktemp -d)"
APP_PID=""
stop_app() {
	if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
	APP_PID=""
}
cleanup() {
	stop_app
	stop_xvfb
	rm -rf "$WORK"
}
trap cleanup EXIT

start_xvfb
webkit_headless_env
export XDG_CONFIG_HOME="$WORK/config" XDG_CACHE_HOME="$WORK/cache" XDG_DATA_HOME="$WORK/data"

# shoot DB OUT.png: start the app on DB, wait for its window, save the window's picture.
shoot() {
	local db="$1" out="$2" mapped=0 wid geo colours
	log "starting $APP on $DISPLAY ($(basename "$out"))"
	"$APP" --db "$db" >"$WORK/app.log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 150); do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			cat "$WORK/app.log" >&2
			die "the app exited before its window appeared"
		fi
		if xwininfo -root -tree 2>/dev/null | grep -q '"SiDamping'; then mapped=1; break; fi
		sleep 0.2
	done
	[ "$mapped" -eq 1 ] || { cat "$WORK/app.log" >&2; die "no SiDamping window after 30 s"; }
	sleep "$WAIT"
	import -window root "$out"
	# Crop to the window (the screen is larger and has no window manager).
	wid="$(xwininfo -root -tree | awk '/"SiDamping/ {print $1; exit}')"
	if [ -n "$wid" ]; then
		geo="$(xwininfo -id "$wid" | awk '/Absolute upper-left X/ {x=$NF} /Absolute upper-left Y/ {y=$NF} /Width:/ {w=$NF} /Height:/ {h=$NF} END {print w "x" h "+" x "+" y}')"
		convert "$out" -crop "$geo" +repage "$out" 2>/dev/null || true
	fi
	stop_app
	grep -iE 'error|fatal|panic' "$WORK/app.log" | head -10 >&2 || true
	colours="$(identify -format '%k' "$out")"
	log "screenshot: $out ($(identify -format '%wx%h' "$out"), $colours colours)"
	if [ "$colours" -lt 16 ]; then
		cat "$WORK/app.log" >&2
		die "the window looks blank ($colours colours): WebKit did not render"
	fi
}

# 1. A fresh database: the first-run screen.
shoot "$WORK/fresh.db" "$OUTDIR/first-run.png"

# 2. The demo database: the main window (needs `sidamping-cli demo`).
if seed_demo_db "$WORK/demo.db" >"$WORK/demo.log" 2>&1; then
	log "demo database: $(du -h "$WORK/demo.db" | cut -f1)"
	shoot "$WORK/demo.db" "$OUTDIR/main-window.png"
else
	cat "$WORK/demo.log" >&2
	warn "no demo database: main-window.png is the first-run screen"
	cp "$OUTDIR/first-run.png" "$OUTDIR/main-window.png"
fi
echo "screenshot: ok ($OUTDIR/first-run.png, $OUTDIR/main-window.png)"
