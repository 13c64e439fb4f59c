#!/usr/bin/env bash
# Runs the Go tests of models/ and services/ as Windows binaries under Wine: each package
# with tests is cross-compiled with mingw-w64 (cgo SQLite included) into a .test.exe and
# run with `wine X.exe -test.v`. This catches what only Windows does differently: paths,
# file locking, the SQLite build, locale.
#
# Go >= 1.24 on Windows needs ProcessPrng from bcryptprimitives.dll, which Wine 8
# (Debian 12) lacks: tools/processprng builds a small shim DLL into the Wine prefix.
#
#   scripts/wine-tests.sh                  # ./models/... ./services/...
#   scripts/wine-tests.sh ./services/master
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

PATTERNS=("$@")
[ "${#PATTERNS[@]}" -gt 0 ] || PATTERNS=(./models/... ./services/...)

OUT="$ROOT/build/wine-tests"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/sidamping"
export WINEPREFIX="${SIDAMPING_WINEPREFIX:-$CACHE/wineprefix}"
export WINEDEBUG=-all
export WINEARCH=win64
# No Mono/Gecko prompts (nothing may be downloaded); load our bcryptprimitives shim.
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n,b"
WINE="$(command -v wine64 || command -v wine)"
[ -x /usr/lib/wine/wine64 ] && WINE=/usr/lib/wine/wine64
WINESERVER="$(command -v wineserver || echo /usr/lib/wine/wineserver64)"
mkdir -p "$OUT" "$CACHE"

# --- Wine prefix (kept between runs; rebuilt if broken) -----------------------------------
SYS32="$WINEPREFIX/drive_c/windows/system32"
if [ ! -f "$WINEPREFIX/.sidamping-ready" ] || [ ! -d "$SYS32" ]; then
	log "wineboot -i in $WINEPREFIX"
	rm -rf "$WINEPREFIX"
	mkdir -p "$WINEPREFIX"
	# wineboot wants no display; keep it from trying one.
	DISPLAY= "$WINE" wineboot -i </dev/null >/dev/null 2>&1 || true
	"$WINESERVER" -w || true
	[ -d "$SYS32" ] || die "wineboot did not create $SYS32"
	touch "$WINEPREFIX/.sidamping-ready"
fi

# --- ProcessPrng shim ----------------------------------------------------------------------
install_processprng_shim "$SYS32"
# Tests under Wine clean up tolerantly (RemoveAll fails there): empty %TEMP% between runs.
rm -rf "$WINEPREFIX"/drive_c/users/*/Temp/* 2>/dev/null || true

# --- Cross-compile the test binaries -------------------------------------------------------
ensure_frontend_dist
mapfile -t PKGS < <(go list -f '{{if or .TestGoFiles .XTestGoFiles}}{{.ImportPath}}{{end}}' "${PATTERNS[@]}" | sed '/^$/d')
[ "${#PKGS[@]}" -gt 0 ] || die "no test packages in ${PATTERNS[*]}"

export GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++
log "cross-compiling ${#PKGS[@]} test binaries for windows/amd64"
rm -f "$OUT"/*.exe
for p in "${PKGS[@]}"; do
	name="$(echo "${p#sidamping/}" | tr '/' '_').test.exe"
	go test -c -o "$OUT/$name" "$p"
done
unset GOOS GOARCH CGO_ENABLED CC CXX

# --- Run them under Wine ---------------------------------------------------------------------
pass=0
fail=0
failed=()
for p in "${PKGS[@]}"; do
	name="$(echo "${p#sidamping/}" | tr '/' '_').test.exe"
	exe="$OUT/$name"
	[ -f "$exe" ] || continue # package with only external-test deps that produced no binary
	logf="$OUT/${name%.exe}.log"
	start=$(date +%s)
	for attempt in 1 2 3; do
		set +e
		(cd "$OUT" && timeout 420 "$WINE" "$exe" -test.v -test.count=1 -test.timeout=400s) </dev/null >"$logf" 2>&1
		rc=$?
		set -e
		tests=$(grep -c '^=== RUN' "$logf" || true)
		# A binary that never started a test failed in Wine itself (e.g. "wine client
		# error: recvmsg: Connection reset by peer"): restart the wineserver and retry.
		if [ "$rc" -eq 0 ] || [ "$tests" -gt 0 ]; then
			break
		fi
		echo "     wine did not start $name (attempt $attempt): $(tail -1 "$logf")"
		"$WINESERVER" -k 2>/dev/null || true
		sleep 2
	done
	took=$(($(date +%s) - start))
	if [ "$rc" -eq 0 ] && grep -q '^PASS' "$logf"; then
		pass=$((pass + 1))
		printf 'ok   %-40s %3ss  (%s tests, wine)\n' "$p" "$took" "$tests"
	else
		fail=$((fail + 1))
		failed+=("$p")
		printf 'FAIL %-40s %3ss  (exit %s, wine)\n' "$p" "$took" "$rc"
		{ grep -E -- '--- FAIL|panic:|timed out' "$logf" || tail -5 "$logf"; } | head -30 | sed 's/^/     /' || true
	fi
done
"$WINESERVER" -k 2>/dev/null || true

echo "wine: $pass packages passed, $fail failed (logs in build/wine-tests/)"
[ "$fail" -eq 0 ] || { echo "failed under wine: ${failed[*]}"; exit 1; }
