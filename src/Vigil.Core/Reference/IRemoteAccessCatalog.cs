namespace Vigil.Core.Reference;

/// <summary>Recognizes remote-access tools in endpoint inventory (osquery <c>programs</c>, <c>processes</c>).</summary>
public interface IRemoteAccessCatalog
{
    /// <summary>Matches an installed program's display name (osquery <c>programs.name</c>).</summary>
    RemoteAccessTool? MatchProgram(string programName);

    /// <summary>Matches a process name or executable path (osquery <c>processes.name</c> / <c>path</c>).</summary>
    RemoteAccessTool? MatchExecutable(string nameOrPath);

    /// <summary>Matches a network domain a tool talks to (LOLRMM <c>Artifacts.Network.Domains</c>, e.g.
    /// <c>relay.anydesk.com</c>), for DNS or proxy logs. Wildcard entries match any sub-domain.</summary>
    RemoteAccessTool? MatchDomain(string domain) => null;
}
