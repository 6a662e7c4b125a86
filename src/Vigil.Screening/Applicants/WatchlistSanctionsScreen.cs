using System.Collections.Frozen;
using System.Globalization;
using Vigil.Core.Detection;
using Vigil.Screening.Lists;
using Vigil.Screening.Matching;

namespace Vigil.Screening.Applicants;

/// <summary>
/// The applicant detectors' sanctions screen (SAN-01, PAY-10) over a loaded <see cref="WatchlistIndex"/>: name
/// with date of birth and country as qualifiers, and exact wallet, email, phone and document-number matches.
/// Returns only matches at or above the matcher's threshold, minus the pairs an analyst suppressed for this subject
/// while the entry is unchanged. Thread-safe (the index is; the suppression set is immutable).
/// </summary>
public sealed class WatchlistSanctionsScreen : ISanctionsScreen
{
    private readonly MatchOptions _options;
    private readonly SuppressionSet _suppressions;
    private readonly Lazy<FrozenDictionary<string, string>> _hashes;

    /// <param name="index">The loaded lists.</param>
    /// <param name="suppressions">False-positive decisions of the organization being screened.</param>
    /// <param name="options">Matcher options (threshold); default <see cref="MatchOptions.Default"/>.</param>
    /// <param name="entryHashes">Current content hash per entry id when already known (from storage); computed
    /// from the entries otherwise.</param>
    public WatchlistSanctionsScreen(WatchlistIndex index, SuppressionSet? suppressions = null, MatchOptions? options = null,
        IReadOnlyDictionary<string, string>? entryHashes = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        Index = index;
        _options = options ?? MatchOptions.Default;
        _suppressions = suppressions ?? SuppressionSet.Empty;
        _hashes = new Lazy<FrozenDictionary<string, string>>(() => entryHashes?.ToFrozenDictionary(StringComparer.Ordinal)
            ?? index.Entries.ToFrozenDictionary(e => e.Id, ListEntryHash.Compute, StringComparer.Ordinal));
    }

    public WatchlistIndex Index { get; }

    /// <summary>Matches of one query as the matcher returns them (features, alias, programs), suppressions applied.</summary>
    public IReadOnlyList<ScreeningMatch> Match(SanctionsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var matches = Index.Match(ToMatchQuery(query), _options);
        if (query.SubjectId is not { } subject || _suppressions.Count == 0)
        {
            return matches;
        }
        return matches.Where(m => !_suppressions.IsSuppressed(subject, m.EntryId, _hashes.Value.GetValueOrDefault(m.EntryId, ""))).ToList();
    }

    public IReadOnlyList<SanctionsMatch> Screen(SanctionsQuery query) =>
        Match(query).Where(m => m.IsMatch).Select(ToSanctionsMatch).ToList();

    public static MatchQuery ToMatchQuery(SanctionsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new MatchQuery
        {
            Name = query.Name,
            Country = query.Country,
            DateOfBirth = query.DateOfBirth,
            Wallets = query.Wallets,
            Emails = query.Emails,
            Phones = query.Phones,
            DocumentIds = query.DocumentIds,
        };
    }

    /// <summary>Maps a matcher result to the detectors' shape. Feature strings read <c>feature:value detail</c>;
    /// an exact wallet reads <c>wallet:exact ...</c>, which is what makes it a PAY-10 finding.</summary>
    public static SanctionsMatch ToSanctionsMatch(ScreeningMatch m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var features = m.Features.Select(FeatureText).ToList();
        return new SanctionsMatch(m.Source, m.EntryId, m.EntryName, m.Score, features)
        {
            Programs = m.Programs,
            MatchedName = m.MatchedName,
            ListVersion = m.ListVersion,
        };
    }

    private static string FeatureText(FeatureScore f) => f.Feature switch
    {
        "crypto_wallet" => "wallet:exact " + f.Detail,
        "email" or "phone" or "document_id" => f.Feature + ":exact " + f.Detail,
        _ => string.Create(CultureInfo.InvariantCulture, $"{f.Feature}:{f.Value:0.00} {f.Detail}"),
    };
}
