; PrivacyDesk installer (Inno Setup 6.3 or later). Build the program first, then:
;
;   iscc /DAppVersion=0.1.0 packaging\installer.iss
;
; Defines (all optional, /DName=value on the iscc command line):
;   AppVersion     the version shown and put in the file name; by default the ProductVersion
;                  of the built PrivacyDesk.exe (which the spec takes from privacydesk.__version__)
;   DistDir        the PyInstaller output folder; by default ..\dist\PrivacyDesk beside this script
;   OutputDir      where the setup program goes; by default ..\dist
;   SignToolName   sign setup and uninstaller with the sign tool of that name, given to iscc as
;                  /S<name>=<command> (see packaging\README.md)
;
; The officer's register is NOT part of the installation. It lives in the user's data folder,
; %LOCALAPPDATA%\PrivacyDesk (register.sqlite and the Logs folder), which the program
; creates on first start. Inno Setup removes on uninstall only what it installed, and nothing
; below names that folder for deletion ([UninstallDelete] is deliberately absent): uninstalling,
; upgrading or reinstalling PrivacyDesk leaves the register exactly as it was. The [Code] section
; also refuses an installation folder inside the data folder, so the two can never mix.

#define AppName "PrivacyDesk"
#define AppExeName "PrivacyDesk.exe"
#define AppPublisher "PrivacyDesk"

#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\dist\PrivacyDesk"
#endif
#define AppExe DistDir + "\" + AppExeName
#if !FileExists(AppExe)
  #error PrivacyDesk.exe not found in DistDir: build packaging\privacydesk.spec with PyInstaller first.
#endif

#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error No version: pass /DAppVersion=x.y.z or build PrivacyDesk.exe with its version resource.
#endif
; Windows wants four numbers for the setup's own version resource: take them from the exe.
#define AppNumericVersion GetVersionNumbersString(AppExe)
#if AppNumericVersion == ""
  #define AppNumericVersion "0.0.0.0"
#endif

#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\dist"
#endif

[Setup]
; The AppId identifies PrivacyDesk to Windows across versions: never change it.
AppId={{1ED05D33-D757-4D9B-A480-1E2E41125033}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
; Per user (no administrator needed, into %LOCALAPPDATA%\Programs) by default; the dialog
; offers "for all users" (Program Files, needs administrator rights). IT can choose with
; /CURRENTUSER or /ALLUSERS on the command line (allowing the dialog allows those too).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 or later.
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\resources\icons\privacydesk.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running PrivacyDesk is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
#ifdef SignToolName
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
; The first one is used when Windows' language is neither Dutch nor English.
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.DataFolderRefused=Deze map hoort bij de gegevens van PrivacyDesk (het register). Kies een andere installatiemap.
en.DataFolderRefused=This folder holds PrivacyDesk's data (the register). Please choose another installation folder.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no stale DLL or module of the previous version may
; stay behind in the program's own folder. (Program files only; the register is elsewhere.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; PrivacyDesk.exe (windowed), privacydesk-cli.exe (the same program for the command line and
; scheduled tasks) and their shared _internal folder.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The program's data folder (see the comment at the top): never an installation folder. }
function DataFolder: String;
begin
  Result := AddBackslash(Lowercase(ExpandConstant('{localappdata}\PrivacyDesk')));
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if CurPageID = wpSelectDir then
  begin
    if Pos(DataFolder, AddBackslash(Lowercase(WizardDirValue))) = 1 then
    begin
      MsgBox(CustomMessage('DataFolderRefused'), mbError, MB_OK);
      Result := False;
    end;
  end;
end;
