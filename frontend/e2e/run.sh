#!/usr/bin/env bash
# End-to-end tests of SiDamping: builds the UI and a -tags dev app, then runs each spec
# against the app started on a fresh database under Xvfb, driven by Debian's Chromium.
#   bash frontend/e2e/run.sh            # all specs
#   bash frontend/e2e/run.sh demo       # only e2e/demo.spec.ts
# Env: E2E_PORT (34115), E2E_SKIP_BUILD=1 (reuse dist/ and the dev binary).
set -euo pipefail
FRONT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$FRONT/.." && pwd)"
PORT="${E2E_PORT:-34115}"
WORK="$(mktemp -d /tmp/sidamping-e2e.XXXXXX)"
SPECS=("$@")
[ ${#SPECS[@]} -gt 0 ] || SPECS=(demo manual boot pendampingan plan households dbcheck)

# Wails links WebKitGTK 4.0 by default; where only 4.1 exists it needs the webkit2_41 tag.
TAGS=dev
if ! pkg-config --exists webkit2gtk-4.0 2>/dev/null && pkg-config --exists webkit2gtk-4.1 2>/dev/null; then
  TAGS="dev,webkit2_41"
fi
if [ "${E2E_SKIP_BUILD:-}" != 1 ]; then
  [ -d "$FRONT/node_modules" ] || (cd "$FRONT" && npm install)
  (cd "$FRONT" && npm run build)
  (cd "$ROOT" && PATH="/usr/local/go/bin:$PATH" go build -tags "$TAGS" -o build/bin/sidamping-dev .)
fi
command -v chromium >/dev/null || { echo "chromium missing: apt-get install -y chromium" >&2; exit 1; }

APP_PID=""
stop_app() {
  if [ -n "$APP_PID" ]; then
    kill -- "-$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
  fi
}
trap stop_app EXIT

start_app() { # $1: a directory for the fresh database, the dialog answer file and the log
  local dir="$1"
  mkdir -p "$dir"
  : > "$dir/dialog.txt"
  # The boot spec needs a database that cannot be opened.
  case "$(basename "$dir")" in boot | boot-*) printf 'bukan basis data SQLite\n' > "$dir/sidamping.db" ;; esac
  cd "$ROOT"
  SIDAMPING_DB="$dir/sidamping.db" SIDAMPING_DIALOG_FILE="$dir/dialog.txt" SIDAMPING_E2E_HOLD_IMPORT="$dir/hold-import" \
    setsid xvfb-run -a -s "-screen 0 1400x900x24" build/bin/sidamping-dev \
    -devserver "localhost:$PORT" -assetdir frontend/dist >"$dir/app.log" 2>&1 &
  APP_PID=$!
  cd "$FRONT"
  for _ in $(seq 1 120); do
    if curl -fsS "http://localhost:$PORT/" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "the app did not start on port $PORT; its log:" >&2
  cat "$dir/app.log" >&2
  return 1
}

status=0
# A spec runs against a fresh database. A spec that fails is run once more from scratch
# (fresh database and app): its steps depend on each other, so Playwright's own retries
# cannot restart it halfway. It fails the run only when it fails twice, and the first
# failure is reported either way ("flaky").
for spec in "${SPECS[@]}"; do
  for attempt in 1 2; do
    dir="$WORK/$spec-$attempt"
    echo "== e2e: $spec, attempt $attempt (database $dir/sidamping.db)"
    start_app "$dir"
    ok=1
    E2E_URL="http://localhost:$PORT" E2E_DIALOG_FILE="$dir/dialog.txt" E2E_WORK="$dir" \
      npx playwright test -c e2e/playwright.config.ts "$spec.spec.ts" || ok=0
    if [ $ok -eq 0 ]; then
      echo "-- app log ($dir/app.log):"; tail -n 40 "$dir/app.log"
    fi
    stop_app
    if [ $ok -eq 1 ]; then
      [ "$attempt" -gt 1 ] && echo "e2e: $spec is flaky: it failed once, then passed from scratch"
      break
    fi
    [ "$attempt" -eq 2 ] && status=1
  done
done
echo "screenshots: $FRONT/test-results/screenshots"
# Keep the databases and logs of a failed run (or with E2E_KEEP=1) for a look.
if [ $status -eq 0 ] && [ "${E2E_KEEP:-}" != 1 ]; then rm -rf "$WORK"; else echo "kept: $WORK"; fi
exit $status
