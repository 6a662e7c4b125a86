namespace Vigil.Core.Reference;

/// <summary>A remote-access or RMM tool from the LOLRMM catalog (END-02).</summary>
/// <param name="Name">Display name, e.g. "AnyDesk".</param>
/// <param name="Category">LOLRMM category (RMM, Remote Access...).</param>
/// <param name="MatchedOn">What matched: a program name, an executable, a process path.</param>
public sealed record RemoteAccessTool(string Name, string Category, string MatchedOn);
