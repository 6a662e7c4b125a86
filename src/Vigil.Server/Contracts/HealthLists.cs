namespace Vigil.Server.Contracts;

/// <summary>The reference data a server has loaded: IP/e-mail/remote-access intelligence sources, and the stored
/// sanctions list version (null when none was ever loaded with <c>vigil lists load</c>).</summary>
public sealed record HealthLists(bool IntelLoaded, int IntelSources, IReadOnlyList<string> IntelSourceNames,
    string? SanctionsVersion, int SanctionsEntries, IReadOnlyDictionary<string, int>? SanctionsSources);
