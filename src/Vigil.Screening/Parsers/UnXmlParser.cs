using System.Xml;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Parsers;

/// <summary>
/// UN Security Council consolidated list (<c>consolidated.xml</c>, schema sc-sanctions.xsd): INDIVIDUALS and
/// ENTITIES with names, aliases (QUALITY Good/Low/a.k.a./f.k.a.), dates of birth, nationalities, addresses and
/// documents. Streaming: one record in memory at a time. A malformed record is reported and skipped; the file is
/// fatal only when it is not XML at all, is hostile (DTD) or is not a UN list.
/// </summary>
public static class UnXmlParser
{
    public static ListParseResult Parse(string path, long maxCharacters = SafeXml.DefaultMaxCharacters)
    {
        var result = new ListParseResult { File = path, Format = ListFormat.UnXml };
        try
        {
            using var reader = XmlReader.Create(path, SafeXml.Settings(maxCharacters));
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "CONSOLIDATED_LIST")
            {
                result.Fail(SafeXml.Line(reader), reader.LocalName, "root element is not CONSOLIDATED_LIST: not a UN consolidated list");
                return result;
            }
            var generated = reader.GetAttribute("dateGenerated");
            result.Version = generated is { Length: >= 10 } ? generated[..10] : generated;
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "INDIVIDUAL" or "ENTITY")
                {
                    var line = SafeXml.Line(reader);
                    var isPerson = reader.LocalName == "INDIVIDUAL";
                    var entry = ReadRecord(reader, isPerson, result, line);
                    if (entry is not null)
                    {
                        entry.ListVersion = result.Version;
                        result.Entries.Add(entry);
                    }
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException e)
        {
            result.Fail(e.LineNumber, null, "malformed or prohibited XML: " + e.Message + (result.Entries.Count > 0 ? $" ({result.Entries.Count} records read before the error)" : ""));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            result.Fail(0, null, "cannot read file: " + e.Message);
        }
        return result;
    }

    private static ListEntry? ReadRecord(XmlReader reader, bool isPerson, ListParseResult result, int line)
    {
        string dataId = "", reference = "";
        var names = new string[4];
        var listType = "";
        string? gender = null, comments = null, originalScript = null;
        var aliases = new List<ListAlias>();
        var dobs = new List<string>();
        var nationalities = new List<string>();
        var addresses = new List<ListAddress>();
        var documents = new List<ListIdentifier>();
        SafeXml.ReadChildren(reader, (name, r) =>
        {
            switch (name)
            {
                case "DATAID": dataId = SafeXml.Text(r); break;
                case "FIRST_NAME": names[0] = SafeXml.Text(r); break;
                case "SECOND_NAME": names[1] = SafeXml.Text(r); break;
                case "THIRD_NAME": names[2] = SafeXml.Text(r); break;
                case "FOURTH_NAME": names[3] = SafeXml.Text(r); break;
                case "UN_LIST_TYPE": listType = SafeXml.Text(r); break;
                case "REFERENCE_NUMBER": reference = SafeXml.Text(r); break;
                case "GENDER": gender = SafeXml.Text(r).ToLowerInvariant(); break;
                case "COMMENTS1": comments = SafeXml.Text(r); break;
                case "NAME_ORIGINAL_SCRIPT": originalScript = SafeXml.Text(r); break;
                case "NATIONALITY":
                    SafeXml.ReadChildren(r, (n, v) =>
                    {
                        if (n == "VALUE")
                        {
                            var text = SafeXml.Text(v);
                            if (text.Length > 0)
                            {
                                nationalities.Add(Countries.CodeOrName(text));
                            }
                        }
                    });
                    break;
                case "INDIVIDUAL_ALIAS" or "ENTITY_ALIAS":
                    string quality = "", alias = "";
                    SafeXml.ReadChildren(r, (n, v) =>
                    {
                        if (n == "QUALITY") { quality = SafeXml.Text(v); }
                        else if (n == "ALIAS_NAME") { alias = SafeXml.Text(v); }
                    });
                    if (alias.Length > 0)
                    {
                        var weak = quality.Equals("Low", StringComparison.OrdinalIgnoreCase);
                        var kind = quality.StartsWith("f.k.a", StringComparison.OrdinalIgnoreCase) ? "fka" : "aka";
                        aliases.Add(new ListAlias(alias, weak ? AliasQuality.Weak : AliasQuality.Strong, kind));
                    }
                    break;
                case "INDIVIDUAL_DATE_OF_BIRTH":
                    string? date = null, year = null, from = null, to = null;
                    SafeXml.ReadChildren(r, (n, v) =>
                    {
                        switch (n)
                        {
                            case "DATE": date = SafeXml.Text(v); break;
                            case "YEAR": year = SafeXml.Text(v); break;
                            case "FROM_YEAR": from = SafeXml.Text(v); break;
                            case "TO_YEAR": to = SafeXml.Text(v); break;
                        }
                    });
                    if (!string.IsNullOrEmpty(date)) { dobs.Add(date.Length >= 10 ? date[..10] : date); }
                    else if (!string.IsNullOrEmpty(year)) { dobs.Add(year); }
                    else if (int.TryParse(from, out var f) && int.TryParse(to, out var t) && t >= f && t - f < 30)
                    {
                        for (var y = f; y <= t; y++) { dobs.Add(y.ToString(System.Globalization.CultureInfo.InvariantCulture)); }
                    }
                    break;
                case "INDIVIDUAL_ADDRESS" or "ENTITY_ADDRESS":
                    var parts = new List<string>();
                    string? country = null;
                    SafeXml.ReadChildren(r, (n, v) =>
                    {
                        var text = SafeXml.Text(v);
                        if (text.Length == 0) { return; }
                        if (n == "COUNTRY") { country = text; }
                        if (n != "NOTE") { parts.Add(text); }
                    });
                    if (parts.Count > 0)
                    {
                        addresses.Add(new ListAddress(string.Join(", ", parts), Countries.ToCode(country)));
                    }
                    break;
                case "INDIVIDUAL_DOCUMENT":
                    string docType = "", number = "";
                    string? issuer = null;
                    SafeXml.ReadChildren(r, (n, v) =>
                    {
                        switch (n)
                        {
                            case "TYPE_OF_DOCUMENT": docType = SafeXml.Text(v); break;
                            case "NUMBER": number = SafeXml.Text(v); break;
                            case "ISSUING_COUNTRY" or "COUNTRY_OF_ISSUE": issuer ??= SafeXml.Text(v); break;
                        }
                    });
                    if (number.Length > 0)
                    {
                        documents.Add(new ListIdentifier(docType.Length > 0 ? docType : "Document", number, issuer));
                    }
                    break;
            }
        });
        var fullName = string.Join(" ", names.Where(n => !string.IsNullOrWhiteSpace(n)));
        var id = reference.Length > 0 ? reference : dataId;
        if (id.Length == 0)
        {
            result.Error(line, isPerson ? "INDIVIDUAL" : "ENTITY", "record has neither REFERENCE_NUMBER nor DATAID; skipped");
            return null;
        }
        if (fullName.Length == 0)
        {
            result.Error(line, "FIRST_NAME", $"record {id} has no name; skipped");
            return null;
        }
        var entry = new ListEntry
        {
            Id = ListSource.UnSc + ":" + id,
            Source = ListSource.UnSc,
            SourceId = id,
            Name = fullName,
            Type = isPerson ? EntityType.Person : EntityType.Organization,
            Gender = gender is "male" or "female" ? gender : null,
            Remarks = comments,
        };
        if (listType.Length > 0)
        {
            entry.Programs.Add(listType);
        }
        entry.Aliases.AddRange(aliases);
        if (!string.IsNullOrWhiteSpace(originalScript))
        {
            entry.Aliases.Add(new ListAlias(originalScript, AliasQuality.Strong, "original-script"));
        }
        foreach (var d in dobs) { OfacRemarks.AddUnique(entry.DatesOfBirth, d); }
        foreach (var n in nationalities) { OfacRemarks.AddUnique(entry.Nationalities, n); }
        entry.Addresses.AddRange(addresses);
        entry.Identifiers.AddRange(documents);
        return entry;
    }
}
