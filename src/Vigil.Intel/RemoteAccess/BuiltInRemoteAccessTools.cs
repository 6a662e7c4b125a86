namespace Vigil.Intel.RemoteAccess;

/// <summary>
/// The remote-access tools most named in DPRK IT-worker cases (indicators.md END-02: AnyDesk, TeamViewer, Chrome
/// Remote Desktop; plus the common RMMs), so Vigil recognises them with no LOLRMM download. Executable and domain
/// names are the vendors' own, as listed by LOLRMM (Apache-2.0) at commit 3c75cf09.
/// </summary>
public static class BuiltInRemoteAccessTools
{
    public static IReadOnlyList<RemoteAccessToolDefinition> All { get; } =
    [
        Tool("AnyDesk", "Remote Access", ["AnyDesk"], ["anydesk.exe", "anydesk"], [@"C:\Program Files (x86)\AnyDesk\*", @"C:\Program Files\AnyDesk\*", "/Applications/AnyDesk.app*"], ["*.anydesk.com", "*.net.anydesk.com"]),
        Tool("TeamViewer", "Remote Access", ["TeamViewer", "TeamViewer Host", "TeamViewer QuickSupport"], ["teamviewer.exe", "teamviewer_service.exe", "teamviewerqs.exe", "tv_w32.exe", "tv_x64.exe", "teamviewer", "teamviewerd"], [@"C:\Program Files\TeamViewer\*", @"C:\Program Files (x86)\TeamViewer\*", "/Applications/TeamViewer.app*", "/opt/teamviewer/*"], ["*.teamviewer.com"]),
        Tool("Chrome Remote Desktop", "Remote Access", ["Chrome Remote Desktop Host", "Chrome Remote Desktop"], ["remoting_host.exe", "remote_assistance_host.exe", "remoting_start_host.exe", "chrome-remote-desktop-host"], [@"C:\Program Files (x86)\Google\Chrome Remote Desktop\*", "/opt/google/chrome-remote-desktop/*"], ["remotedesktop.google.com", "*.remotedesktop.google.com", "remotedesktop-pa.googleapis.com"]),
        Tool("RustDesk", "Remote Access", ["RustDesk"], ["rustdesk.exe", "rustdesk"], [@"C:\Program Files\RustDesk\*", "/Applications/RustDesk.app*"], ["*.rustdesk.com"]),
        Tool("Splashtop", "Remote Access", ["Splashtop Streamer", "Splashtop Business", "Splashtop Personal", "Splashtop"], ["srservice.exe", "srmanager.exe", "strwinclt.exe", "splashtop streamer"], [@"C:\Program Files (x86)\Splashtop\*"], ["*.splashtop.com"]),
        Tool("ScreenConnect (ConnectWise Control)", "RMM", ["ScreenConnect Client", "ConnectWise Control Client", "ScreenConnect"], ["screenconnect.clientservice.exe", "screenconnect.windowsclient.exe", "connectwisecontrol.client.exe"], [@"C:\Program Files (x86)\ScreenConnect Client*", @"C:\Program Files\ScreenConnect Client*"], ["*.screenconnect.com", "*.connectwise.com"]),
        Tool("Atera", "RMM", ["AteraAgent", "Atera Agent"], ["ateraagent.exe"], [@"C:\Program Files\ATERA Networks\AteraAgent\*", @"C:\Program Files (x86)\ATERA Networks\*"], ["*.atera.com", "agentreportingstore.blob.core.windows.net"]),
        Tool("LogMeIn", "Remote Access", ["LogMeIn", "LogMeIn Rescue"], ["logmein.exe", "lmiguardiansvc.exe", "logmeinsystray.exe"], [@"C:\Program Files (x86)\LogMeIn\*"], ["*.logmein.com", "*.logme.in"]),
        Tool("GoTo Resolve", "RMM", ["GoTo Resolve", "GoToAssist"], ["gotoresolveservice.exe", "g2ax_comm_expert.exe"], [@"C:\Program Files\GoTo Resolve*"], ["*.goto-rtc.com", "*.gotoassist.com", "*.getgo.com"]),
        Tool("Zoho Assist", "Remote Access", ["Zoho Assist"], ["zaservice.exe", "zohours.exe", "zohotray.exe"], [@"C:\Program Files (x86)\ZohoMeeting\*"], ["*.zohoassist.com", "assist.zoho.com"]),
        Tool("Ammyy Admin", "Remote Access", ["Ammyy Admin"], ["aa_v3.exe", "ammyy_admin.exe"], [], ["*.ammyy.com"]),
        Tool("UltraViewer", "Remote Access", ["UltraViewer"], ["ultraviewer.exe", "ultraviewer_service.exe", "ultraviewer_desktop.exe"], [@"C:\Program Files (x86)\UltraViewer\*"], ["*.ultraviewer.net"]),
        Tool("RemotePC", "Remote Access", ["RemotePC"], ["remotepcservice.exe", "remotepcdesktop.exe"], [@"C:\Program Files (x86)\RemotePC\*"], ["*.remotepc.com"]),
        Tool("Parsec", "Remote Access", ["Parsec"], ["parsecd.exe", "pservice.exe"], [@"C:\Program Files\Parsec\*"], ["*.parsec.app", "*.parsecgaming.com"]),
        Tool("NoMachine", "Remote Access", ["NoMachine"], ["nxservice.exe", "nxplayer.exe", "nxserver.bin", "nxnode.bin"], [@"C:\Program Files\NoMachine\*", "/usr/NX/*"], ["*.nomachine.com"]),
        Tool("RealVNC", "Remote Access", ["VNC Server", "RealVNC Server", "VNC Viewer", "RealVNC Viewer"], ["vncserver.exe", "vncviewer.exe", "vncserverui.exe"], [@"C:\Program Files\RealVNC\*"], ["*.realvnc.com"]),
        Tool("TightVNC", "Remote Access", ["TightVNC"], ["tvnserver.exe"], [@"C:\Program Files\TightVNC\*"], []),
        Tool("UltraVNC", "Remote Access", ["UltraVNC"], ["winvnc.exe"], [@"C:\Program Files\uvnc bvba\*"], []),
        Tool("Supremo", "Remote Access", ["Supremo"], ["supremo.exe", "supremoservice.exe"], [], ["*.supremocontrol.com", "*.nanosystems.it"]),
        Tool("AeroAdmin", "Remote Access", ["AeroAdmin"], ["aeroadmin.exe"], [], ["*.aeroadmin.com"]),
        Tool("DWService", "Remote Access", ["DWAgent"], ["dwagent.exe", "dwagsvc.exe"], [@"C:\Program Files\DWAgent\*"], ["*.dwservice.net"]),
        Tool("MeshCentral", "RMM", ["Mesh Agent", "MeshAgent"], ["meshagent.exe", "meshagent"], [@"C:\Program Files\Mesh Agent\*"], []),
        Tool("Tactical RMM", "RMM", ["Tactical RMM Agent"], ["tacticalrmm.exe"], [@"C:\Program Files\TacticalAgent\*"], []),
        Tool("NinjaOne", "RMM", ["NinjaRMMAgent", "NinjaOne Agent"], ["ninjarmmagent.exe", "ninjarmmagentpatcher.exe"], [@"C:\Program Files (x86)\NinjaRMMAgent\*"], ["*.ninjarmm.com", "*.ninjaone.com"]),
        Tool("Kaseya VSA", "RMM", ["Kaseya Agent"], ["agentmon.exe", "kaseyaremotecontrolhost.exe"], [@"C:\Program Files (x86)\Kaseya\*"], ["*.kaseya.com", "*.kaseya.net"]),
        Tool("Remote Utilities", "Remote Access", ["Remote Utilities - Host", "Remote Utilities"], ["rutserv.exe", "rfusclient.exe"], [], ["*.remoteutilities.com"]),
        Tool("Radmin", "Remote Access", ["Radmin Server", "Radmin Viewer"], ["rserver3.exe", "radmin.exe"], [], ["*.radmin.com"]),
        Tool("Quick Assist", "Remote Access", ["Quick Assist"], ["quickassist.exe"], [], ["remoteassistance.support.services.microsoft.com"]),
    ];

    private static RemoteAccessToolDefinition Tool(string name, string category, string[] programs, string[] executables, string[] paths, string[] domains) =>
        new(name, category, programs, executables, paths, domains, "built-in");
}
