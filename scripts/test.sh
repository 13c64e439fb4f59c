#!/usr/bin/env bash
# Every test, in stages; what `make test` and .ci/run call. Each stage's output goes to the
# terminal and to build/logs/<stage>.log; a failed stage does not stop the later ones
# (except deps), and the script exits non-zero when any stage failed. It ends with one
# line per stage and `summary: N passed, M failed`.
#
#   scripts/test.sh                        # all stages
#   STAGES="vet gotest" scripts/test.sh    # only these
set -uo pipefail
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

ALL_STAGES="deps vet gotest frontend linux windows installer wine e2e screenshot"
STAGES="${STAGES:-$ALL_STAGES}"
LOGS="$ROOT/build/logs"
mkdir -p "$LOGS"

stage_deps() { bash scripts/deps.sh; }
stage_vet() { ensure_frontend_dist && go vet ./...; }
stage_gotest() { ensure_frontend_dist && go test -count=1 -timeout 5m ./...; }
stage_frontend() {
	[ -f frontend/package.json ] || { echo "frontend/package.json is missing"; return 1; }
	(cd frontend && npm test)
}
stage_linux() { bash scripts/build.sh linux; }
stage_windows() { SKIP_FRONTEND=1 bash scripts/build.sh windows; }
stage_installer() { bash scripts/installer-test.sh; }
stage_wine() { bash scripts/wine-tests.sh; }
stage_e2e() {
	# frontend/e2e/run.sh builds the UI and a -tags dev app, starts it under xvfb-run and
	# drives it with Playwright in Debian's Chromium.
	webkit_headless_env
	if [ -f frontend/e2e/run.sh ]; then
		bash frontend/e2e/run.sh
	elif [ -f frontend/package.json ] && grep -q '"e2e"' frontend/package.json; then
		(cd frontend && npm run e2e)
	else
		echo "frontend/e2e/run.sh is not there yet"
		return 1
	fi
}
stage_screenshot() { bash scripts/screenshot.sh; }

declare -a NAMES RESULTS TIMES
passed=0
failed=0
t0=$(date +%s)
for s in $STAGES; do
	declare -F "stage_$s" >/dev/null || { echo "unknown stage $s (known: $ALL_STAGES)"; exit 2; }
	printf '\n######## %s ########\n' "$s"
	start=$(date +%s)
	(set -euo pipefail; "stage_$s") 2>&1 | tee "$LOGS/$s.log"
	rc=${PIPESTATUS[0]}
	took=$(($(date +%s) - start))
	NAMES+=("$s")
	TIMES+=("$took")
	if [ "$rc" -eq 0 ]; then
		RESULTS+=("ok")
		passed=$((passed + 1))
	else
		RESULTS+=("FAIL($rc)")
		failed=$((failed + 1))
		if [ "$s" = deps ]; then
			echo "deps failed: the other stages cannot run"
			break
		fi
	fi
	printf '######## %s: %s in %ss ########\n' "$s" "${RESULTS[-1]}" "$took"
done

echo
echo "stage        result    seconds"
for i in "${!NAMES[@]}"; do
	printf '%-12s %-9s %7s\n' "${NAMES[$i]}" "${RESULTS[$i]}" "${TIMES[$i]}"
done
echo "total                  $(($(date +%s) - t0))"
[ -f build/bin/SiDamping-amd64-installer.exe ] && echo "installer: build/bin/SiDamping-amd64-installer.exe"
[ -f build/screenshots/main-window.png ] && echo "screenshot: build/screenshots/main-window.png"
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
