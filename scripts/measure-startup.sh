#!/usr/bin/env bash
# Start-up time and memory of the real window (production Linux build) for the README's
# performance table. Under Xvfb, on a demo database (one warm-up start first, so the
# day's automatic backup is not counted), RUNS times:
#   window  - from exec until the SiDamping window is mapped
#   paint   - until the window shows rendered content (more than 16 colours on screen)
#   rss     - resident memory of the SiDamping process 3 s after the paint
#   pss     - proportional memory of SiDamping plus its WebKit helper processes
# and prints the medians as a Markdown table row.
#
#   scripts/measure-startup.sh            # RUNS=7
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

# One session bus for all runs (Wails' single-instance lock uses D-Bus on Linux).
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v dbus-run-session >/dev/null; then
	exec dbus-run-session -- bash "$0" "$@" 2> >(grep -v 'fd limit' >&2)
fi

RUNS="${RUNS:-7}"
APP="$ROOT/build/bin/SiDamping"
[ -x "$APP" ] || die "$APP is missing: run scripts/build.sh linux first"

WORK="$(mktemp -d)"
APP_PID=""
cleanup() {
	if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
	stop_xvfb
	rm -rf "$WORK"
}
trap cleanup EXIT

DB="$WORK/sidamping.db"
DBKIND="demo"
seed_demo_db "$DB" >/dev/null 2>&1 || { DBKIND="empty (first-run screen)"; rm -f "$DB"; }

start_xvfb
webkit_headless_env
export XDG_CONFIG_HOME="$WORK/config" XDG_CACHE_HOME="$WORK/cache" XDG_DATA_HOME="$WORK/data"

now_ms() { echo $(($(date +%s%N) / 1000000)); }
descendants() {
	local p
	for p in $(ps -o pid= --ppid "$1" 2>/dev/null); do echo "$p"; descendants "$p"; done
}
pss_kb() {
	awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0
}

one_run() { # prints: window_ms paint_ms rss_mb pss_mb
	local t0 tmap="" tpaint="" colours rss pss p
	t0=$(now_ms)
	"$APP" --db "$DB" >"$WORK/app.log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 1500); do
		kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; die "the app exited"; }
		if [ -z "$tmap" ] && xwininfo -root -tree 2>/dev/null | grep -q '"SiDamping'; then tmap=$(now_ms); fi
		if [ -n "$tmap" ]; then
			colours=$(import -window root -crop 1280x800+0+0 png:- 2>/dev/null | identify -format '%k' - 2>/dev/null || echo 0)
			if [ "${colours:-0}" -ge 16 ]; then tpaint=$(now_ms); break; fi
		fi
		sleep 0.02
	done
	[ -n "$tpaint" ] || die "no paint within the time limit"
	sleep 3
	rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status")
	pss=$(pss_kb "$APP_PID")
	for p in $(descendants "$APP_PID"); do pss=$((pss + $(pss_kb "$p"))); done
	kill "$APP_PID" 2>/dev/null || true
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=""
	sleep 0.5
	echo "$((tmap - t0)) $((tpaint - t0)) $((rss / 1024)) $((pss / 1024))"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

log "warm-up start (daily backup, caches)"
one_run >/dev/null
: >"$WORK/runs"
for i in $(seq 1 "$RUNS"); do
	r=$(one_run)
	echo "run $i: window ${r%% *} ms, $(echo "$r" | awk '{print "paint " $2 " ms, RSS " $3 " MiB, PSS (with WebKit) " $4 " MiB"}')"
	echo "$r" >>"$WORK/runs"
done

W=$(awk '{print $1}' "$WORK/runs" | median)
P=$(awk '{print $2}' "$WORK/runs" | median)
R=$(awk '{print $3}' "$WORK/runs" | median)
S=$(awk '{print $4}' "$WORK/runs" | median)
CPU="$(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo
echo "machine: $CPU, $(free -g | awk '/Mem:/ {print $2}') GiB, $(. /etc/os-release && echo "$PRETTY_NAME"), Xvfb, software rendering"
echo "database: $DBKIND; median of $RUNS starts after one warm-up"
echo
echo "| measure | median |"
echo "| --- | --- |"
echo "| start → window mapped | ${W} ms |"
echo "| start → first painted content | ${P} ms |"
echo "| memory, SiDamping process (RSS) | ${R} MiB |"
echo "| memory, with WebKit helpers (PSS) | ${S} MiB |"
