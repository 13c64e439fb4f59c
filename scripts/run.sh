#!/usr/bin/env bash
# `make run`: installs what is missing, builds the Linux app when its sources changed and
# launches it on its embedded SQLite database (~/.config/SiDamping/sidamping.db, or
# --db PATH / SIDAMPING_DB). A database that does not exist yet is filled with the demo
# data ("Kabupaten Contoh") through `sidamping-cli demo`; without the CLI the app's
# first-run screen offers "Muat data contoh".
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

DB="${SIDAMPING_DB:-}"
while [ $# -gt 0 ]; do
	case "$1" in
	--db) DB="$2"; shift 2 ;;
	--db=*) DB="${1#--db=}"; shift ;;
	*) die "unknown option $1 (use --db PATH)" ;;
	esac
done
[ -n "$DB" ] || DB="${XDG_CONFIG_HOME:-$HOME/.config}/SiDamping/sidamping.db"

bash scripts/deps.sh

APP=build/bin/SiDamping
# changed_since_build prints one source file newer than the binary, if any.
changed_since_build() {
	{
		find . \( -path ./frontend -o -path ./build -o -path ./.git \) -prune -o -name '*.go' -newer "$APP" -print
		find frontend/src frontend/index.html frontend/package.json frontend/vite.config.ts wails.json \
			-newer "$APP" -print 2>/dev/null || true
	} | head -1
}
stale=0
if [ ! -x "$APP" ] || [ -n "$(changed_since_build)" ]; then stale=1; fi
if [ "$stale" -eq 1 ]; then
	log "building $APP"
	bash scripts/build.sh linux
fi

if [ ! -f "$DB" ]; then
	log "first run: demo data into $DB"
	seed_demo_db "$DB" || true
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
	die "no display (DISPLAY/WAYLAND_DISPLAY unset): run this on a desktop, or use 'make screenshot' for a headless check"
fi
log "starting SiDamping on $DB"
exec "$APP" --db "$DB"
