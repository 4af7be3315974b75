; Inno Setup 6 script: the Windows installer around the PyInstaller folder (VLC bundled inside).
;   iscc /DAppVersion=0.1.0 /DSourceDir=build\dist\rupture-annotator packaging\windows\rupture-annotator.iss
; Installs per user by default (no administrator needed; the dialog offers all users), adds a
; Start menu entry and an uninstaller, and lists the app under "Open with" for .json files:
; Windows types a file by its last extension, so *.rupture.json cannot have an association of
; its own without taking over every .json file.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z
#endif
#ifndef SourceDir
  #error Pass /DSourceDir=<the PyInstaller folder>
#endif

[Setup]
AppId={{6C0F2E55-7B0B-4B5C-9D3A-4E1C2B7A9F10}
AppName=Rupture Annotator
AppVersion={#AppVersion}
AppPublisher=Rupture Annotator
DefaultDirName={autopf}\Rupture Annotator
DefaultGroupName=Rupture Annotator
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\installer
OutputBaseFilename=rupture-annotator-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\windows\rupture-annotator.ico
UninstallDisplayIcon={app}\rupture-annotator.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Rupture Annotator"; Filename: "{app}\rupture-annotator.exe"
Name: "{group}\Uninstall Rupture Annotator"; Filename: "{uninstallexe}"

[Registry]
Root: HKA; Subkey: "Software\Classes\Applications\rupture-annotator.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\rupture-annotator.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\rupture-annotator.exe"" ""%1"""; Flags: uninsdeletekey

[Run]
Filename: "{app}\rupture-annotator.exe"; Description: "Start Rupture Annotator"; Flags: nowait postinstall skipifsilent
