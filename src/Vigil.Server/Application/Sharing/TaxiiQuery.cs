namespace Vigil.Server.Application.Sharing;

/// <summary>
/// Filters of a TAXII GET (§3.4): <c>added_after</c>, <c>next</c>, <c>limit</c>, <c>match[id|type|version|spec_version]</c>.
/// Times are microseconds since the Unix epoch.
/// </summary>
public sealed record TaxiiQuery
{
    public long? AddedAfterUs { get; init; }
    public long? NextUs { get; init; }
    public int Limit { get; init; } = 100;
    public IReadOnlyList<string> Ids { get; init; } = [];
    public IReadOnlyList<string> Types { get; init; } = [];
    public IReadOnlyList<string> SpecVersions { get; init; } = [];
    public bool VersionFirst { get; init; }
    public bool VersionLast { get; init; } = true;
    public bool VersionAll { get; init; }
    public IReadOnlyList<long> VersionsUs { get; init; } = [];
}
