namespace Vigil.Core.Detection.Endpoint;

/// <summary>Settings of <see cref="RemoteAccessToolDetector"/>.</summary>
public sealed record RemoteAccessToolOptions
{
    /// <summary>Weight for one remote-access tool (END-02 is M). Default 25.</summary>
    public double Weight { get; init; } = 25;

    /// <summary>Weight for several distinct tools on one worker's hosts (Sophos: a common sign). Default 40.</summary>
    public double SeveralToolsWeight { get; init; } = 40;

    /// <summary>Tools the organization sanctions (case-insensitive names); never reported.</summary>
    public IReadOnlyList<string> Sanctioned { get; init; } = [];
}
