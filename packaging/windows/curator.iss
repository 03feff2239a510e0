; Inno Setup script: a per-user Windows installer for Curator (no administrator rights).
; packaging/build.py compiles it on Windows:
;   iscc /DAppVersion=0.1.0 /DBundle=dist\pyinstaller\curator /Odist packaging\windows\curator.iss
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef Bundle
  #define Bundle "..\..\dist\pyinstaller\curator"
#endif

[Setup]
AppId={{6B1C3F4E-2D7A-4C59-9E1B-C0A7F3D5E812}
AppName=Curator
AppVersion={#AppVersion}
AppPublisher=Curator developers
AppComments=Turn news articles and reports into a verified database of figures, with evidence
; Per user: installs into the user's own Programs folder, asks for no administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Curator
DefaultGroupName=Curator
DisableProgramGroupPage=yes
OutputBaseFilename=curator-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\curator.ico
UninstallDisplayIcon={app}\curator.exe
UninstallDisplayName=Curator {#AppVersion}
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "ukrainian"; MessagesFile: "compiler:Languages\Ukrainian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Curator"; Filename: "{app}\curator.exe"
Name: "{autodesktop}\Curator"; Filename: "{app}\curator.exe"; Tasks: desktopicon

; .curator project files open in Curator with a double-click (HKA: the user's own
; registry hive in a per-user install).
[Registry]
Root: HKA; Subkey: "Software\Classes\.curator"; ValueType: string; ValueName: ""; ValueData: "Curator.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Curator.Project"; ValueType: string; ValueName: ""; ValueData: "Curator project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Curator.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\curator.exe,0"
Root: HKA; Subkey: "Software\Classes\Curator.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\curator.exe"" ""%1"""

[Run]
Filename: "{app}\curator.exe"; Description: "{cm:LaunchProgram,Curator}"; Flags: nowait postinstall skipifsilent
