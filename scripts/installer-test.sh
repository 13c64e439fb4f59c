#!/usr/bin/env bash
# Tests the Windows delivery under Wine, as a user would check it:
#   - SiDamping.exe and the installer carry the version of wails.json in their version
#     resources; the exe has the WebView2 bootstrapper and the Indonesian WebView2 messages
#     built in and no WebView2 download (no raw network error offline);
#   - `SiDamping-amd64-installer.exe /S /D=C:\Kantor` into a folder that already holds a
#     user's workbook installs the program, Start-menu and desktop shortcuts and the
#     uninstall key (DisplayVersion = wails.json's version) in the 64-bit registry view;
#   - running the installer again without /D (an update) reuses C:\Kantor;
#   - the silent uninstaller removes the program files, shortcuts, registry keys and the
#     WebView2 cache (%APPDATA%\SiDamping.exe), and keeps the user's workbook, C:\Kantor
#     and the database folder %APPDATA%\SiDamping;
#   - without WebView2 (its bootstrapper cannot install it under Wine, as offline) the
#     installer says so: exit code 3 instead of a silent success.
#
# The NSIS installer is a 32-bit program: it needs wine32 (i386) and a prefix that claims
# Windows 10 (on Windows 7, Wine's default, it quits with exit code 64). It runs in its
# own fresh prefix under build/installer-test/ (never the Wine stage's prefix).
#
#   scripts/installer-test.sh            # after `scripts/build.sh windows`
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

EXE="${SIDAMPING_EXE:-$ROOT/build/bin/SiDamping.exe}"
INSTALLER="${SIDAMPING_INSTALLER:-$ROOT/build/bin/SiDamping-amd64-installer.exe}"
for f in "$EXE" "$INSTALLER"; do
	[ -s "$f" ] || die "$f is missing: run scripts/build.sh windows first"
done
[ -x /usr/lib/wine/wine ] || die "wine32 (i386) is missing: run scripts/deps.sh"
command -v wrestool >/dev/null || die "wrestool (icoutils) is missing: run scripts/deps.sh"
VERSION="$(product_version)"

WORK="$ROOT/build/installer-test"
export WINEPREFIX="$WORK/prefix"
export WINEARCH=win64 WINEDEBUG=-all
# No Mono/Gecko prompts: nothing may be downloaded.
export WINEDLLOVERRIDES="mscoree,mshtml="
WINE=wine
WINESERVER="$(command -v wineserver || echo /usr/lib/wine/wineserver64)"

failures=0
checks=0
ok() { checks=$((checks + 1)); printf 'ok   %s\n' "$*"; }
bad() { checks=$((checks + 1)); failures=$((failures + 1)); printf 'FAIL %s\n' "$*"; }
expect() { # expect DESCRIPTION COMMAND...
	local what="$1"
	shift
	if "$@"; then ok "$what"; else bad "$what"; fi
}
not() { ! "$@"; }
expect_eq() { # expect_eq DESCRIPTION WANT GOT
	if [ "$2" = "$3" ]; then ok "$1 ($3)"; else bad "$1: want \"$2\", got \"$3\""; fi
}

# --- Version resources ------------------------------------------------------------------
# fixed_version FILE KIND prints the file (KIND=0) or product (KIND=1) version of the
# VS_FIXEDFILEINFO in FILE's version resource as a.b.c.d.
fixed_version() {
	local res="$WORK/$(basename "$1").rsrc" off
	wrestool -x --raw -t 16 "$1" >"$res" 2>/dev/null || { echo "no-version-resource"; return; }
	off="$(LC_ALL=C grep -obUaP '\xbd\x04\xef\xfe' "$res" | head -1 | cut -d: -f1)"
	[ -n "$off" ] || { echo "no-VS_FIXEDFILEINFO"; return; }
	# signature, struct version, then FileVersionMS/LS, ProductVersionMS/LS (u16 pairs, LE)
	od -A n -t u2 -j $((off + 8 + $2 * 8)) -N 8 "$res" | awk '{printf "%s.%s.%s.%s", $2, $1, $4, $3}'
}
# string_version FILE KEY prints the value of KEY (FileVersion, ProductVersion) in FILE's
# StringFileInfo.
string_version() {
	wrestool -x --raw -t 16 "$1" 2>/dev/null | strings -el | grep -A1 -x "$2" | sed -n 2p
}

rm -rf "$WORK"
mkdir -p "$WORK"
for f in "$EXE" "$INSTALLER"; do
	n="$(basename "$f")"
	expect_eq "$n: FileVersion (fixed)" "$VERSION.0" "$(fixed_version "$f" 0)"
	expect_eq "$n: ProductVersion (fixed)" "$VERSION.0" "$(fixed_version "$f" 1)"
	expect_eq "$n: FileVersion (text)" "$VERSION" "$(string_version "$f" FileVersion)"
	expect_eq "$n: ProductVersion (text)" "$VERSION" "$(string_version "$f" ProductVersion)"
done

# --- WebView2 handling built into the exe (wails build -webview2 embed, main.go) ---------
expect "SiDamping.exe has the WebView2 bootstrapper built in" \
	grep -q -x "Microsoft Edge Update Setup" <(strings -el "$EXE")
expect "SiDamping.exe does not download WebView2 (no raw network error offline)" \
	not grep -q -a -F "go.microsoft.com/fwlink/p/?LinkId=2124703" "$EXE"
expect "SiDamping.exe shows the Indonesian message when WebView2 cannot be installed" \
	grep -q -a -F "Microsoft WebView2 Runtime gagal dipasang" "$EXE"

# --- Fresh Wine prefix claiming Windows 10 ------------------------------------------------
log "fresh Wine prefix in $WINEPREFIX"
start=$(date +%s)
DISPLAY= "$WINE" wineboot -i </dev/null >"$WORK/wineboot.log" 2>&1 || true
DISPLAY= "$WINE" winecfg -v win10 </dev/null >>"$WORK/wineboot.log" 2>&1 || true
"$WINESERVER" -w
C="$WINEPREFIX/drive_c"
[ -d "$C/windows/system32" ] || die "wineboot did not create a prefix (see $WORK/wineboot.log)"
ROAMING="$(ls -d "$C"/users/*/AppData/Roaming 2>/dev/null | grep -v /Public/ | head -1)"
[ -n "$ROAMING" ] || die "no %APPDATA% in the Wine prefix"
log "prefix ready in $(($(date +%s) - start))s"

# reg_value HIVE KEY NAME prints a string value from the prefix's registry files
# (HIVE=system for HKLM, user for HKCU); KEY without the hive, single backslashes.
# A key of the 32-bit view would be under Software\Wow6432Node.
reg_value() {
	KEY="[$(reg_escape "$2")]" NAME="\"$3\"=" awk '
		BEGIN { key = tolower(ENVIRON["KEY"]); name = tolower(ENVIRON["NAME"]) }
		/^\[/ { inkey = (index(tolower($0), key) == 1); next }
		inkey && index(tolower($0), name) == 1 { sub(/^[^=]*=/, ""); gsub(/^"|"$/, ""); print; exit }
	' "$WINEPREFIX/$1.reg" | sed 's/\\\\/\\/g'
}
reg_escape() { printf '%s' "$1" | sed 's/\\/\\\\/g'; }
reg_has_key() { grep -qiF "[$(reg_escape "$2")]" "$WINEPREFIX/$1.reg"; }

WV2_KEY='Software\Wow6432Node\Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}'
UNINST='Software\Microsoft\Windows\CurrentVersion\Uninstall\SiDamping'
APPKEY='Software\SiDamping'
START_MENU="$C/ProgramData/Microsoft/Windows/Start Menu/Programs/SiDamping"
DESKTOP_LNK="$C/users/Public/Desktop/SiDamping.lnk"
KANTOR="$C/Kantor"

# run_installer ARGS... runs the installer silently, waits for Wine and prints its exit code.
run_installer() {
	local rc
	set +e
	timeout 300 "$WINE" "$INSTALLER" "$@" </dev/null >>"$WORK/installer.log" 2>&1
	rc=$?
	set -e
	"$WINESERVER" -w
	echo "$rc"
}
lnk_points_to() { strings -a "$1" | grep -qiF "$2"; }

# The WebView2 runtime is "installed" (its registration is all the installer checks).
DISPLAY= "$WINE" reg add "HKLM\\$WV2_KEY" /v pv /t REG_SZ /d 120.0.2210.91 /f /reg:64 >"$WORK/reg.log" 2>&1
"$WINESERVER" -w
expect "WebView2 registration faked for the test" test -n "$(reg_value system "$WV2_KEY" pv)"

# The user's own files: a workbook in the folder they will install into, and their database.
mkdir -p "$KANTOR" "$ROAMING/SiDamping"
echo "data desa milik pengguna" >"$KANTOR/Rekap Desa 2025.xlsx"
echo "basis data pengguna" >"$ROAMING/SiDamping/sidamping.db"

# --- Install into C:\Kantor -------------------------------------------------------------------
log "install: SiDamping-amd64-installer.exe /S /D=C:\\Kantor"
t=$(date +%s)
rc="$(run_installer /S '/D=C:\Kantor')"
log "installed in $(($(date +%s) - t))s"
expect_eq "installer exit code" 0 "$rc"
expect "C:\\Kantor\\SiDamping.exe is the built exe" cmp -s "$EXE" "$KANTOR/SiDamping.exe"
expect "C:\\Kantor\\uninstall.exe installed" test -s "$KANTOR/uninstall.exe"
expect "the user's workbook is untouched" grep -qx "data desa milik pengguna" "$KANTOR/Rekap Desa 2025.xlsx"
expect "Start menu: SiDamping.lnk points to C:\\Kantor\\SiDamping.exe" \
	lnk_points_to "$START_MENU/SiDamping.lnk" 'C:\Kantor\SiDamping.exe'
expect "Start menu: Hapus SiDamping.lnk points to C:\\Kantor\\uninstall.exe" \
	lnk_points_to "$START_MENU/Hapus SiDamping.lnk" 'C:\Kantor\uninstall.exe'
expect "desktop shortcut" lnk_points_to "$DESKTOP_LNK" 'C:\Kantor\SiDamping.exe'
expect_eq "uninstall key (64-bit view): DisplayVersion" "$VERSION" "$(reg_value system "$UNINST" DisplayVersion)"
expect_eq "uninstall key: InstallLocation" 'C:\Kantor' "$(reg_value system "$UNINST" InstallLocation)"
expect "uninstall key: UninstallString" test -n "$(reg_value system "$UNINST" UninstallString)"
expect_eq "Software\\SiDamping InstallDir (64-bit view)" 'C:\Kantor' "$(reg_value system "$APPKEY" InstallDir)"
expect "nothing in the 32-bit view" not reg_has_key system 'Software\Wow6432Node\SiDamping'

# --- Update: the installer again, without /D ----------------------------------------------------
log "update: SiDamping-amd64-installer.exe /S"
echo "stale" >"$KANTOR/SiDamping.exe"
rc="$(run_installer /S)"
expect_eq "update exit code" 0 "$rc"
expect "update reinstalled C:\\Kantor\\SiDamping.exe" cmp -s "$EXE" "$KANTOR/SiDamping.exe"
expect "update did not install into Program Files" test ! -e "$C/Program Files/SiDamping"
expect "Start-menu shortcut still points to C:\\Kantor" lnk_points_to "$START_MENU/SiDamping.lnk" 'C:\Kantor\SiDamping.exe'

# --- Uninstall --------------------------------------------------------------------------------------
# The program has run once: WebView2 has its cache in %APPDATA%\SiDamping.exe.
mkdir -p "$ROAMING/SiDamping.exe/EBWebView/Default/Cache"
echo cache >"$ROAMING/SiDamping.exe/EBWebView/Default/Cache/data_0"
log "uninstall: C:\\Kantor\\uninstall.exe /S"
set +e
timeout 300 "$WINE" 'C:\Kantor\uninstall.exe' /S </dev/null >>"$WORK/installer.log" 2>&1
rc=$?
set -e
"$WINESERVER" -w # the uninstaller runs from a copy in %TEMP%: wait for it
expect_eq "uninstaller exit code" 0 "$rc"
expect "SiDamping.exe removed" test ! -e "$KANTOR/SiDamping.exe"
expect "uninstall.exe removed" test ! -e "$KANTOR/uninstall.exe"
expect "C:\\Kantor kept (it holds the user's file)" test -d "$KANTOR"
expect "the user's workbook kept" grep -qx "data desa milik pengguna" "$KANTOR/Rekap Desa 2025.xlsx"
expect "%APPDATA%\\SiDamping (the database) kept" grep -qx "basis data pengguna" "$ROAMING/SiDamping/sidamping.db"
expect "WebView2 cache %APPDATA%\\SiDamping.exe removed" test ! -e "$ROAMING/SiDamping.exe"
expect "Start-menu folder removed" test ! -e "$START_MENU"
expect "desktop shortcut removed" test ! -e "$DESKTOP_LNK"
expect "uninstall key removed" not reg_has_key system "$UNINST"
expect "Software\\SiDamping removed" test -z "$(reg_value system "$APPKEY" InstallDir)"

# --- Install into an empty folder and uninstall: the folder goes too --------------------------------
rc="$(run_installer /S '/D=C:\Program Files\SiDamping')"
expect_eq "install into Program Files: exit code" 0 "$rc"
timeout 300 "$WINE" 'C:\Program Files\SiDamping\uninstall.exe' /S </dev/null >>"$WORK/installer.log" 2>&1 || true
"$WINESERVER" -w
expect "an install folder left empty is removed" test ! -e "$C/Program Files/SiDamping"

# --- Without WebView2: the installer says the runtime is missing --------------------------------------
DISPLAY= "$WINE" reg delete "HKLM\\$WV2_KEY" /f /reg:64 >>"$WORK/reg.log" 2>&1 || true
"$WINESERVER" -w
log "install without WebView2 (its bootstrapper cannot install it here)"
rc="$(run_installer /S '/D=C:\Kantor')"
expect_eq "exit code when WebView2 could not be installed" 3 "$rc"
expect "SiDamping is installed all the same" cmp -s "$EXE" "$KANTOR/SiDamping.exe"

# --- SiDamping.exe without WebView2: an Indonesian message, not a raw error ---------------------
# Wine's relay trace of MessageBoxW shows the texts the user would read.
install_processprng_shim "$C/windows/system32"
DISPLAY= "$WINE" reg add 'HKCU\Software\Wine\Debug' /v RelayInclude /t REG_SZ /d 'user32.MessageBoxW' /f >>"$WORK/reg.log" 2>&1
"$WINESERVER" -w
start_xvfb
log "start C:\Kantor\SiDamping.exe without WebView2 (Xvfb $DISPLAY)"
WINEDEBUG=+relay WINEDLLOVERRIDES="$WINEDLLOVERRIDES;bcryptprimitives=n,b" \
	"$WINE" 'C:\Kantor\SiDamping.exe' --db 'C:\users\Public\test\sidamping.db' </dev/null >"$WORK/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do
	grep -q 'MessageBoxW(' "$WORK/app.log" && break
	kill -0 "$app" 2>/dev/null || break
	sleep 1
done
sleep 1
"$WINESERVER" -k 2>/dev/null || true # the box waits for OK: end this prefix's programs
wait "$app" 2>/dev/null || true
stop_xvfb
box="$(grep -a -m1 'MessageBoxW(' "$WORK/app.log" || true)"
echo "     $box" | cut -c1-400
expect "SiDamping.exe without WebView2 shows a message box" test -n "$box"
expect "its title names what is missing, in Indonesian" \
	grep -qF 'L"SiDamping: Microsoft WebView2 Runtime belum terpasang"' <<<"$box"
expect "its text says SiDamping needs the WebView2 runtime" \
	grep -qF 'L"SiDamping memerlukan Microsoft WebView2 Runtime' <<<"$box"

echo "installer: $((checks - failures)) of $checks checks passed in $(($(date +%s) - start))s (log: build/installer-test/installer.log)"
[ "$failures" -eq 0 ]
