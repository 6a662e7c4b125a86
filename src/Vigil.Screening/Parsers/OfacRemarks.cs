using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Parsers;

/// <summary>
/// Reads the structured facts OFAC packs into the free-text remarks of sdn.csv ("DOB 12 Mar 1975; nationality
/// Korea, North; Email Address x@y; Digital Currency Address - XBT 1Abc...; a.k.a. 'RGB'; Passport 123 (Korea,
/// North)"). Items are separated by <c>"; "</c>. Unknown items are left in <see cref="ListEntry.Remarks"/>.
/// </summary>
public static partial class OfacRemarks
{
    private static readonly string[] DateFormats = ["dd MMM yyyy", "d MMM yyyy", "MMM yyyy", "yyyy", "dd MMMM yyyy", "MMMM yyyy"];

    private static readonly string[] IdentifierLabels =
    [
        "Passport", "National ID No.", "Tax ID No.", "Registration Number", "Registration ID", "Identification Number",
        "Cedula No.", "D.N.I.", "SSN", "Business Registration Number", "Company Number", "Commercial Registry Number",
        "Legal Entity Number", "Vessel Registration Identification", "MMSI", "Unified Social Credit Code (USCC)",
        "V.A.T. Number", "Trade License No.", "Government Gazette Number", "C.R. No.", "Driver's License No.",
        "Personal ID Card", "Residency Number", "Public Registration Number", "Stateless Person ID Card",
        "Aircraft Tail Number", "Aircraft Manufacturer's Serial Number (MSN)", "Economic Register Number (CBLS)",
        "Folio Mercantil No.", "RFC", "CURP", "NIT #", "Citizen's Card Number", "Kenyan ID No.", "Chinese Commercial Code",
        "Birth Certificate Number", "Refugee ID Card", "Matricula Mercantil No", "RUC #", "UK Company Number",
    ];

    /// <summary>Adds what the remarks say to <paramref name="entry"/>. Never throws on content.</summary>
    /// <param name="skipFirstFragment">True for sdn_comments.csv continuations, whose first item is cut mid-word.</param>
    public static void Apply(ListEntry entry, string remarks, bool skipFirstFragment = false)
    {
        if (string.IsNullOrWhiteSpace(remarks))
        {
            return;
        }
        entry.Remarks = entry.Remarks is null ? remarks : entry.Remarks + " " + remarks;
        var items = remarks.TrimEnd('.').Split("; ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = skipFirstFragment ? 1 : 0; i < items.Length; i++)
        {
            ApplyItem(entry, items[i].TrimEnd('.'));
        }
    }

    private static void ApplyItem(ListEntry entry, string item)
    {
        if (TryStrip(item, "a.k.a. ", out var aka) || TryStrip(item, "f.k.a. ", out aka) || TryStrip(item, "n.k.a. ", out aka))
        {
            var name = aka.Trim().Trim('\'', '"').Trim();
            if (name.Length > 0 && !entry.Aliases.Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                // Quoted AKAs in the remarks are OFAC's weak aliases: they are not in alt.csv.
                entry.Aliases.Add(new ListAlias(name, AliasQuality.Weak, item[..3].Replace(".", "", StringComparison.Ordinal) + "a"));
            }
            return;
        }
        if (TryStrip(item, "alt. DOB ", out var dob) || TryStrip(item, "DOB ", out dob))
        {
            AddDates(entry, dob);
            return;
        }
        if (TryStrip(item, "nationality ", out var nat) || TryStrip(item, "alt. nationality ", out nat)
            || TryStrip(item, "citizen ", out nat) || TryStrip(item, "alt. citizen ", out nat))
        {
            AddUnique(entry.Nationalities, Countries.CodeOrName(nat));
            return;
        }
        if (TryStrip(item, "Gender ", out var gender))
        {
            entry.Gender = gender.Trim().ToLowerInvariant();
            return;
        }
        if (TryStrip(item, "Email Address ", out var email))
        {
            AddUnique(entry.Emails, email.Trim());
            return;
        }
        if (TryStrip(item, "Website ", out var web))
        {
            AddUnique(entry.Websites, web.Trim());
            return;
        }
        if (TryStrip(item, "Telephone ", out var phone) || TryStrip(item, "Phone Number ", out phone) || TryStrip(item, "Fax ", out phone))
        {
            AddUnique(entry.Phones, phone.Trim());
            return;
        }
        if (TryStrip(item, "Linked To: ", out var linked))
        {
            AddUnique(entry.LinkedTo, linked.Trim());
            return;
        }
        var wallet = WalletPattern().Match(item);
        if (wallet.Success)
        {
            var w = new ListWallet(wallet.Groups[1].Value.ToUpperInvariant(), wallet.Groups[2].Value);
            if (!entry.Wallets.Contains(w))
            {
                entry.Wallets.Add(w);
            }
            return;
        }
        foreach (var label in IdentifierLabels)
        {
            if (item.StartsWith(label + " ", StringComparison.Ordinal))
            {
                AddIdentifier(entry, label.TrimEnd('.', '#').Trim(), item[(label.Length + 1)..]);
                return;
            }
        }
    }

    private static void AddIdentifier(ListEntry entry, string type, string rest)
    {
        // "123456 (Korea, North) expires 2020" -> value 123456, country Korea, North
        string? country = null;
        var open = rest.IndexOf(" (", StringComparison.Ordinal);
        var value = rest;
        if (open > 0)
        {
            var close = rest.IndexOf(')', open);
            if (close > open)
            {
                country = rest[(open + 2)..close];
            }
            value = rest[..open];
        }
        value = value.Trim();
        if (value.Length > 0)
        {
            var id = new ListIdentifier(type, value, country);
            if (!entry.Identifiers.Contains(id))
            {
                entry.Identifiers.Add(id);
            }
        }
    }

    internal static void AddDates(ListEntry entry, string text)
    {
        // "circa 1947", "12 Mar 1975", "1960 to 1962", "Mar 1975"
        var t = text.Replace("circa ", "", StringComparison.OrdinalIgnoreCase).Trim();
        foreach (var part in t.Split(" to ", StringSplitOptions.TrimEntries))
        {
            if (DateTime.TryParseExact(part, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                var formatted = part.Length == 4 ? date.ToString("yyyy", CultureInfo.InvariantCulture)
                    : part.Count(char.IsWhiteSpace) == 1 ? date.ToString("yyyy-MM", CultureInfo.InvariantCulture)
                    : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                AddUnique(entry.DatesOfBirth, formatted);
            }
        }
    }

    private static bool TryStrip(string item, string prefix, out string rest)
    {
        if (item.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            rest = item[prefix.Length..];
            return true;
        }
        rest = "";
        return false;
    }

    internal static void AddUnique(List<string> list, string value)
    {
        if (value.Length > 0 && !list.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(value);
        }
    }

    [GeneratedRegex(@"^(?:alt\. )?Digital Currency Address - ([A-Za-z0-9]+) (\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex WalletPattern();
}
