namespace Vigil.Intel.RemoteAccess;

/// <summary>How to recognise one remote-access tool (END-02).</summary>
/// <param name="ProgramNames">Display names as installed-program inventories show them; a program matches when its
/// normalised name equals one or starts with one followed by a space ("TeamViewer 15").</param>
/// <param name="Executables">Executable file names (<c>anydesk.exe</c>, <c>rustdesk</c>).</param>
/// <param name="PathPatterns">Install paths with <c>*</c> wildcards (<c>C:\Program Files\AnyDesk\*</c>).</param>
/// <param name="Domains">Network domains; a leading <c>*.</c> matches any sub-domain.</param>
/// <param name="Source">Where the definition came from: <c>built-in</c> or <c>lolrmm</c>.</param>
public sealed record RemoteAccessToolDefinition(
    string Name,
    string Category,
    IReadOnlyList<string> ProgramNames,
    IReadOnlyList<string> Executables,
    IReadOnlyList<string> PathPatterns,
    IReadOnlyList<string> Domains,
    string Source);
