namespace Vigil.Screening.Lists;

/// <summary>
/// Folds records that share an entry id into one entry: the sdn.csv row with its alt.csv aliases, add.csv
/// addresses and sdn_comments.csv remarks, or two snapshots of the same list. The record with the newer
/// <see cref="ListEntry.ListVersion"/> gives the primary name, type and programs (a replaced name is kept as an
/// alias); everything else is a union. An alias known both as weak and strong is kept strong.
/// </summary>
public static class ListEntryMerger
{
    public static void Merge(ListEntry target, ListEntry incoming)
    {
        var incomingWins = incoming.Name.Length > 0
            && (target.Name.Length == 0 || string.CompareOrdinal(incoming.ListVersion ?? "", target.ListVersion ?? "") > 0);
        if (incomingWins)
        {
            if (target.Name.Length > 0 && !string.Equals(target.Name, incoming.Name, StringComparison.OrdinalIgnoreCase))
            {
                AddAlias(target, new ListAlias(target.Name, AliasQuality.Strong));
            }
            target.Name = incoming.Name;
            target.Type = incoming.Type;
            if (incoming.Programs.Count > 0)
            {
                target.Programs.Clear();
                target.Programs.AddRange(incoming.Programs);
            }
            target.ListVersion = incoming.ListVersion ?? target.ListVersion;
        }
        else
        {
            if (incoming.Name.Length > 0 && !string.Equals(target.Name, incoming.Name, StringComparison.OrdinalIgnoreCase))
            {
                AddAlias(target, new ListAlias(incoming.Name, AliasQuality.Strong));
            }
            if (target.Type == EntityType.Unknown)
            {
                target.Type = incoming.Type;
            }
            if (target.Programs.Count == 0)
            {
                target.Programs.AddRange(incoming.Programs);
            }
            target.ListVersion ??= incoming.ListVersion;
        }
        foreach (var alias in incoming.Aliases)
        {
            AddAlias(target, alias);
        }
        Union(target.DatesOfBirth, incoming.DatesOfBirth);
        Union(target.Nationalities, incoming.Nationalities);
        Union(target.Emails, incoming.Emails);
        Union(target.Phones, incoming.Phones);
        Union(target.Websites, incoming.Websites);
        Union(target.LinkedTo, incoming.LinkedTo);
        UnionRecords(target.Addresses, incoming.Addresses);
        UnionRecords(target.Identifiers, incoming.Identifiers);
        UnionRecords(target.Wallets, incoming.Wallets);
        target.Gender ??= incoming.Gender;
        if (incoming.Remarks is not null && target.Remarks?.Contains(incoming.Remarks, StringComparison.Ordinal) != true)
        {
            target.Remarks = target.Remarks is null ? incoming.Remarks : target.Remarks + " " + incoming.Remarks;
        }
    }

    private static void AddAlias(ListEntry target, ListAlias alias)
    {
        if (string.Equals(alias.Name, target.Name, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var index = target.Aliases.FindIndex(a => string.Equals(a.Name, alias.Name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            target.Aliases.Add(alias);
        }
        else if (alias.Quality == AliasQuality.Strong && target.Aliases[index].Quality == AliasQuality.Weak)
        {
            target.Aliases[index] = target.Aliases[index] with { Quality = AliasQuality.Strong };
        }
    }

    private static void Union(List<string> target, List<string> incoming)
    {
        foreach (var item in incoming)
        {
            if (!target.Contains(item, StringComparer.OrdinalIgnoreCase))
            {
                target.Add(item);
            }
        }
    }

    private static void UnionRecords<T>(List<T> target, List<T> incoming)
    {
        foreach (var item in incoming)
        {
            if (!target.Contains(item))
            {
                target.Add(item);
            }
        }
    }
}
