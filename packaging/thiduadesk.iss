; Inno Setup script: per-user installer for the one-folder build (no administrator rights).
; Build: iscc packaging\thiduadesk.iss  (after pyinstaller, see BUILDING.md)

#define AppName "ThiDuaDesk"
#define AppVersion GetEnv("THIDUADESK_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B3F1C2E-7A54-4E0B-9C1D-2F8E5A7B9D10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=ThiDuaDesk
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=ThiDuaDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The clerk's database lives in %LOCALAPPDATA%\ThiDuaDesk and is never touched by uninstall.
UninstallDisplayName={#AppName}

[Languages]
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\ThiDuaDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\ThiDuaDesk.exe"
Name: "{group}\{#AppName} (dữ liệu mẫu)"; Filename: "{app}\ThiDuaDesk.exe"; Parameters: "--demo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\ThiDuaDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ThiDuaDesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
