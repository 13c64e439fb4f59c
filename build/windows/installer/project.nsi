Unicode true

####
## SiDamping installer (NSIS), built by `wails build -platform windows/amd64 -nsis`
## (see `make windows`). Wails keeps this file and regenerates wails_tools.nsh beside it
## from wails.json's "info" block on every build.
##
## What it does: installs SiDamping.exe (and the WebView2 runtime when missing), a
## Start-menu folder with the app and its uninstaller, a desktop shortcut, version
## information and an entry in "Apps & features". The uninstaller removes the program
## but never the user's data (%APPDATA%\SiDamping\sidamping.db and its backups).
##
## Manual debugging: after one `wails build -nsis`, from this folder:
##   makensis -DARG_WAILS_AMD64_BINARY=..\..\bin\SiDamping.exe project.nsi
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

!include "wails_tools.nsh"

# The version information for these two must consist of 4 parts
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
InstallDir "$PROGRAMFILES64\${APP_DISPLAYNAME}"
InstallDirRegKey HKLM "Software\${APP_DISPLAYNAME}" "InstallDir"
ShowInstDetails show
ShowUninstDetails show

Function .onInit
   !insertmacro wails.checkArchitecture
FunctionEnd

Section
    !insertmacro wails.setShellContext

    !insertmacro wails.webview2runtime

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
    !insertmacro wails.setShellContext

    # WebView2's cache only; the database in %APPDATA%\SiDamping is the user's and stays.
    RMDir /r "$AppData\${PRODUCT_EXECUTABLE}"

    Delete "$INSTDIR\${PRODUCT_EXECUTABLE}"
    RMDir /r $INSTDIR

    Delete "$SMPROGRAMS\${APP_DISPLAYNAME}\${APP_DISPLAYNAME}.lnk"
    Delete "$SMPROGRAMS\${APP_DISPLAYNAME}\Hapus ${APP_DISPLAYNAME}.lnk"
    RMDir "$SMPROGRAMS\${APP_DISPLAYNAME}"
    Delete "$DESKTOP\${APP_DISPLAYNAME}.lnk"

    !insertmacro wails.unassociateFiles
    !insertmacro wails.unassociateCustomProtocols

    !insertmacro wails.deleteUninstaller
    SetRegView 64
    DeleteRegKey HKLM "Software\${APP_DISPLAYNAME}"
SectionEnd
