namespace Vigil.Screening.Lists;

/// <summary>
/// One designated person, organization, vessel or aircraft as a list publishes it, with everything the matcher
/// and an analyst need. Parsers fill it; <see cref="ListEntryMerger"/> folds partial records of the same entry
/// (sdn.csv + alt.csv + add.csv, or two snapshots) into one.
/// </summary>
/// <remarks>Mutable while a parser builds it; the index copies what it needs and never mutates entries, so a
/// built <see cref="Matching.WatchlistIndex"/> is safe to share across threads.</remarks>
public sealed class ListEntry
{
    /// <summary>Globally unique id: <c>source:sourceId</c> (e.g. <c>ofac-sdn:12211</c>, <c>un-sc:KPi.001</c>).</summary>
    public required string Id { get; init; }

    /// <summary>One of <see cref="ListSource"/>.</summary>
    public required string Source { get; init; }

    /// <summary>The list's own id (OFAC ent_num, UN reference number).</summary>
    public required string SourceId { get; init; }

    /// <summary>Publication date or version label of the file it came from, when the file says.</summary>
    public string? ListVersion { get; set; }

    /// <summary>Primary name as written. Empty for a partial record (an alt.csv row whose sdn.csv row is elsewhere).</summary>
    public string Name { get; set; } = "";

    public EntityType Type { get; set; }

    /// <summary>Programs or regimes: OFAC <c>DPRK3</c>, <c>CYBER2</c>; UN <c>DPRK</c>.</summary>
    public List<string> Programs { get; } = [];

    public List<ListAlias> Aliases { get; } = [];

    /// <summary>Dates of birth as the list gives them: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    public List<string> DatesOfBirth { get; } = [];

    /// <summary>Nationalities and citizenships as ISO 3166-1 alpha-2 codes (unknown names are kept as written).</summary>
    public List<string> Nationalities { get; } = [];

    public List<ListAddress> Addresses { get; } = [];
    public List<ListIdentifier> Identifiers { get; } = [];
    public List<ListWallet> Wallets { get; } = [];
    public List<string> Emails { get; } = [];
    public List<string> Phones { get; } = [];
    public List<string> Websites { get; } = [];

    /// <summary><c>male</c>, <c>female</c> or null.</summary>
    public string? Gender { get; set; }

    /// <summary>Names of entries this one is linked to ("Linked To:" in OFAC remarks).</summary>
    public List<string> LinkedTo { get; } = [];

    /// <summary>Free-text remarks as published (kept for the analyst).</summary>
    public string? Remarks { get; set; }

    /// <summary>Every name of the entry: the primary name first, then the aliases.</summary>
    public IEnumerable<(string Name, AliasQuality Quality, bool IsPrimary)> AllNames()
    {
        if (Name.Length > 0)
        {
            yield return (Name, AliasQuality.Strong, true);
        }
        foreach (var alias in Aliases)
        {
            yield return (alias.Name, alias.Quality, false);
        }
    }
}
