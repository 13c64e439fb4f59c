Unicode true

####
## SiDamping installer (NSIS), built by `wails build -platform windows/amd64 -nsis`
## (see `make windows`). Wails keeps this file and regenerates wails_tools.nsh beside it
## from wails.json's "info" block on every build, so the version (INFO_PRODUCTVERSION)
## comes from wails.json alone.
##
## What it does: installs SiDamping.exe (and the WebView2 runtime when missing), a
## Start-menu folder with the app and its uninstaller, a desktop shortcut, version
## information and an entry in "Apps & features". An update installs into the folder of
## the previous installation.
##
## The uninstaller removes exactly what the installer put there (the files listed in
## sidamping.installedFiles, the shortcuts, the registry keys), then the install folder
## only if it is empty: the user may have chosen a folder that holds their own files
## (e.g. C:\Kantor). It also removes the WebView2 cache of the program
## (%APPDATA%\SiDamping.exe, Wails' default WebView2 user-data folder), never the user's
## data in %APPDATA%\SiDamping (sidamping.db and its backups).
##
## Exit codes of a silent install (/S): 0 done; 3 SiDamping installed but the WebView2
## Runtime could not be installed (offline); 64/65 Windows too old / not 64-bit (Wails).
##
## Manual debugging: after one `wails build -nsis`, from this folder:
##   makensis -DARG_WAILS_AMD64_BINARY=..\..\bin\SiDamping.exe project.nsi
## scripts/installer-test.sh installs, updates and uninstalls the result under Wine.
####
!define INFO_PROJECTNAME    "SiDamping"
!define PRODUCT_EXECUTABLE  "SiDamping.exe"
!define UNINST_KEY_NAME     "SiDamping"
!define APP_DISPLAYNAME     "SiDamping"
!define APP_DESCRIPTION     "SiDamping - Sistem Informasi Desa Dampingan"

## Messages from wails_tools.nsh, in Indonesian.
!define WAILS_WIN10_REQUIRED "SiDamping hanya dapat dipasang di Windows 10 atau yang lebih baru."
!define WAILS_ARCHITECTURE_NOT_SUPPORTED "SiDamping tidak dapat dipasang pada arsitektur Windows ini (didukung: 64-bit / amd64)."
!define WAILS_INSTALL_WEBVIEW_DETAILPRINT "Memasang: Microsoft WebView2 Runtime"
!define WEBVIEW2_FAILED "Microsoft WebView2 Runtime belum berhasil dipasang (kode $1). SiDamping sudah terpasang, tetapi jendelanya tidak dapat dibuka tanpa WebView2.$\r$\n$\r$\nPemasangan WebView2 memerlukan sambungan internet. Sambungkan komputer ke internet lalu jalankan pemasang ini lagi, atau minta pengelola TI memasang $\"WebView2 Runtime Evergreen Standalone Installer (x64)$\" dari https://developer.microsoft.com/microsoft-edge/webview2/ (dapat diunduh di komputer lain dan dibawa dengan flashdisk)."
!define WEBVIEW2_FAILED_EXITCODE 3

## Wails' default WebView2 user-data folder is %APPDATA%\<exe name> (go-webview2,
## Chromium.Embed); the uninstaller removes it. It must never be the data folder.
!define WEBVIEW2_DATA_FOLDER "${PRODUCT_EXECUTABLE}"
!if "${WEBVIEW2_DATA_FOLDER}" == ""
    !error "WEBVIEW2_DATA_FOLDER is empty"
!endif
!if "${WEBVIEW2_DATA_FOLDER}" == "${INFO_PROJECTNAME}"
    !error "WEBVIEW2_DATA_FOLDER would be %APPDATA%\${INFO_PROJECTNAME}, the user's database"
!endif

!include "wails_tools.nsh"

# The version information for these two must consist of 4 parts; scripts/build.sh
# refuses a wails.json productVersion that is not MAJOR.MINOR.PATCH.
VIProductVersion "${INFO_PRODUCTVERSION}.0"
VIFileVersion    "${INFO_PRODUCTVERSION}.0"

VIAddVersionKey "CompanyName"     "${INFO_COMPANYNAME}"
VIAddVersionKey "FileDescription" "Pemasang ${APP_DESCRIPTION}"
VIAddVersionKey "ProductVersion"  "${INFO_PRODUCTVERSION}"
VIAddVersionKey "FileVersion"     "${INFO_PRODUCTVERSION}"
VIAddVersionKey "LegalCopyright"  "${INFO_COPYRIGHT}"
VIAddVersionKey "ProductName"     "${INFO_PRODUCTNAME}"

# Enable HiDPI support. https://nsis.sourceforge.io/Reference/ManifestDPIAware
ManifestDPIAware true

!include "MUI2.nsh"

!define MUI_ICON "..\icon.ico"
!define MUI_UNICON "..\icon.ico"
!define MUI_FINISHPAGE_NOAUTOCLOSE
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${PRODUCT_EXECUTABLE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

# The first language is the default; NSIS picks English on an English Windows.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

## To sign the installer and the uninstaller; the path to the binary is given in %1
#!uninstfinalize 'signtool --file "%1"'
#!finalize 'signtool --file "%1"'

Name "${APP_DESCRIPTION}"
Caption "Pemasangan ${APP_DISPLAYNAME} ${INFO_PRODUCTVERSION}"
BrandingText "${APP_DESCRIPTION}"
OutFile "..\..\bin\${INFO_PROJECTNAME}-${ARCH}-installer.exe"
!define DEFAULT_INSTDIR "$PROGRAMFILES64\${APP_DISPLAYNAME}"
InstallDir "${DEFAULT_INSTDIR}"
# No InstallDirRegKey: it reads the 32-bit registry view of this 32-bit installer, while
# the folder is written in the 64-bit view. .onInit reads it there instead.
ShowInstDetails show
ShowUninstDetails show

Function .onInit
   !insertmacro wails.checkArchitecture
   Call sidamping.previousInstallDir
FunctionEnd

# An update goes into the folder of the previous installation, unless /D= (or the
# directory page) names another one.
Function sidamping.previousInstallDir
    StrCmp $INSTDIR "${DEFAULT_INSTDIR}" 0 done
    SetRegView 64
    ReadRegStr $0 HKLM "Software\${APP_DISPLAYNAME}" "InstallDir"
    StrCmp $0 "" 0 found
    ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
    StrCmp $0 "" done found
    found:
    StrCpy $INSTDIR $0
    done:
    SetRegView lastused
FunctionEnd

# The files the installer puts into $INSTDIR, and nothing else: the uninstaller deletes
# these one by one (an older version's extra files are to be listed here as well).
!macro sidamping.installedFiles ACTION
    ${ACTION} "$INSTDIR\${PRODUCT_EXECUTABLE}"
    ${ACTION} "$INSTDIR\uninstall.exe"
!macroend

# Detects the WebView2 runtime like Microsoft documents it (per machine, 64-bit Windows,
# or per user); $0 = its version or "".
!macro sidamping.webview2Version
    SetRegView 64
    ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}" "pv"
    ${If} $0 == "0.0.0.0"
        StrCpy $0 ""
    ${EndIf}
    ${If} $0 == ""
        ReadRegStr $0 HKCU "Software\Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}" "pv"
        ${If} $0 == "0.0.0.0"
            StrCpy $0 ""
        ${EndIf}
    ${EndIf}
!macroend

# Like wails.webview2runtime, but it checks the result: when the bootstrapper fails (no
# internet) or the runtime is still not registered afterwards, the user is told what is
# missing and what to do, and a silent install ends with exit code 3.
!macro sidamping.webview2runtime
    !insertmacro sidamping.webview2Version
    ${If} $0 == ""
        SetDetailsPrint both
        DetailPrint "${WAILS_INSTALL_WEBVIEW_DETAILPRINT}"
        SetDetailsPrint listonly
        InitPluginsDir
        CreateDirectory "$pluginsdir\webview2bootstrapper"
        SetOutPath "$pluginsdir\webview2bootstrapper"
        File "tmp\MicrosoftEdgeWebview2Setup.exe"
        ClearErrors
        ExecWait '"$pluginsdir\webview2bootstrapper\MicrosoftEdgeWebview2Setup.exe" /silent /install' $1
        ${If} ${Errors}
            StrCpy $1 "tidak dapat dijalankan"
        ${EndIf}
        SetDetailsPrint both
        !insertmacro sidamping.webview2Version
        ${If} $0 == ""
            DetailPrint "WebView2 Runtime gagal dipasang (kode $1)."
            MessageBox MB_OK|MB_ICONEXCLAMATION "${WEBVIEW2_FAILED}" /SD IDOK
            SetErrorLevel ${WEBVIEW2_FAILED_EXITCODE}
        ${Else}
            DetailPrint "WebView2 Runtime $0 terpasang."
        ${EndIf}
    ${EndIf}
!macroend

Section
    !insertmacro wails.setShellContext

    !insertmacro sidamping.webview2runtime

    SetOutPath $INSTDIR

    !insertmacro wails.files

    SetRegView 64
    WriteRegStr HKLM "Software\${APP_DISPLAYNAME}" "InstallDir" "$INSTDIR"

    CreateDirectory "$SMPROGRAMS\${APP_DISPLAYNAME}"
    CreateShortcut "$SMPROGRAMS\${APP_DISPLAYNAME}\${APP_DISPLAYNAME}.lnk" "$INSTDIR\${PRODUCT_EXECUTABLE}" "" "$INSTDIR\${PRODUCT_EXECUTABLE}" 0 SW_SHOWNORMAL "" "${APP_DESCRIPTION}"
    CreateShortcut "$SMPROGRAMS\${APP_DISPLAYNAME}\Hapus ${APP_DISPLAYNAME}.lnk" "$INSTDIR\uninstall.exe"
    CreateShortcut "$DESKTOP\${APP_DISPLAYNAME}.lnk" "$INSTDIR\${PRODUCT_EXECUTABLE}" "" "$INSTDIR\${PRODUCT_EXECUTABLE}" 0 SW_SHOWNORMAL "" "${APP_DESCRIPTION}"

    !insertmacro wails.associateFiles
    !insertmacro wails.associateCustomProtocols

    !insertmacro wails.writeUninstaller
    WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP_DESCRIPTION}"
    WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
SectionEnd

Section "uninstall"
    # WebView2's cache of this program, in the profile of the user who uninstalls; the
    # database in %APPDATA%\SiDamping is the user's and stays.
    SetShellVarContext current
    RMDir /r "$APPDATA\${WEBVIEW2_DATA_FOLDER}"

    !insertmacro wails.setShellContext

    Delete "$SMPROGRAMS\${APP_DISPLAYNAME}\${APP_DISPLAYNAME}.lnk"
    Delete "$SMPROGRAMS\${APP_DISPLAYNAME}\Hapus ${APP_DISPLAYNAME}.lnk"
    RMDir "$SMPROGRAMS\${APP_DISPLAYNAME}"
    Delete "$DESKTOP\${APP_DISPLAYNAME}.lnk"

    !insertmacro wails.unassociateFiles
    !insertmacro wails.unassociateCustomProtocols

    # Only our files, then the folder if nothing else is left in it (never RMDir /r: the
    # user may have installed into a folder with their own files).
    !insertmacro sidamping.installedFiles Delete
    !insertmacro wails.deleteUninstaller
    RMDir $INSTDIR

    SetRegView 64
    DeleteRegKey HKLM "Software\${APP_DISPLAYNAME}"
SectionEnd
