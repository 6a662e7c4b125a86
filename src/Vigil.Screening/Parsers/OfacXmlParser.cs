using System.Xml;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Parsers;

/// <summary>
/// OFAC SDN.XML / CONS.XML, written from the published schema (<c>sdnList</c>, namespace
/// <c>https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML</c> or the older
/// <c>http://tempuri.org/sdnList.xsd</c>; elements are matched by local name so either works):
/// <c>publshInformation/Publish_Date</c>, then <c>sdnEntry</c> records with uid, lastName, firstName, sdnType,
/// programList, idList (passports, "Digital Currency Address - XBT", "Email Address", "Website", "Gender"...),
/// akaList (type a.k.a./f.k.a./n.k.a., category strong/weak), addressList, nationalityList, citizenshipList,
/// dateOfBirthList, placeOfBirthList, vesselInfo. Streaming; malformed records are reported and skipped.
/// </summary>
public static class OfacXmlParser
{
    public static ListParseResult Parse(string path, string source = ListSource.OfacSdn, long maxCharacters = SafeXml.DefaultMaxCharacters)
    {
        var result = new ListParseResult { File = path, Format = ListFormat.OfacXml };
        try
        {
            using var reader = XmlReader.Create(path, SafeXml.Settings(maxCharacters));
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "sdnList")
            {
                result.Fail(SafeXml.Line(reader), reader.LocalName, "root element is not sdnList: not an OFAC SDN XML file");
                return result;
            }
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }
                var line = SafeXml.Line(reader);
                switch (reader.LocalName)
                {
                    case "publshInformation" or "publishInformation":
                        SafeXml.ReadChildren(reader, (n, r) =>
                        {
                            if (n == "Publish_Date")
                            {
                                result.Version = NormalizeDate(SafeXml.Text(r));
                            }
                        });
                        break;
                    case "sdnEntry":
                        var entry = ReadEntry(reader, source, result, line);
                        if (entry is not null)
                        {
                            result.Entries.Add(entry);
                        }
                        break;
                    default:
                        reader.Read();
                        break;
                }
            }
            foreach (var e in result.Entries)
            {
                e.ListVersion = result.Version;
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

    private static ListEntry? ReadEntry(XmlReader reader, string source, ListParseResult result, int line)
    {
        string uid = "", last = "", first = "", type = "", remarks = "";
        var programs = new List<string>();
        var temp = new ListEntry { Id = "", Source = source, SourceId = "" };
        SafeXml.ReadChildren(reader, (name, r) =>
        {
            switch (name)
            {
                case "uid": uid = SafeXml.Text(r); break;
                case "lastName": last = SafeXml.Text(r); break;
                case "firstName": first = SafeXml.Text(r); break;
                case "sdnType": type = SafeXml.Text(r); break;
                case "remarks": remarks = SafeXml.Text(r); break;
                case "programList":
                    SafeXml.ReadChildren(r, (n, v) =>
                    {
                        if (n == "program") { OfacRemarks.AddUnique(programs, SafeXml.Text(v)); }
                    });
                    break;
                case "akaList":
                    SafeXml.ReadChildren(r, (n, v) => { if (n == "aka") { ReadAka(v, temp); } });
                    break;
                case "idList":
                    SafeXml.ReadChildren(r, (n, v) => { if (n == "id") { ReadId(v, temp); } });
                    break;
                case "addressList":
                    SafeXml.ReadChildren(r, (n, v) => { if (n == "address") { ReadAddress(v, temp); } });
                    break;
                case "nationalityList" or "citizenshipList":
                    SafeXml.ReadChildren(r, (n, v) =>
                    {
                        SafeXml.ReadChildren(v, (f, w) =>
                        {
                            if (f == "country") { OfacRemarks.AddUnique(temp.Nationalities, Countries.CodeOrName(SafeXml.Text(w))); }
                        });
                    });
                    break;
                case "dateOfBirthList":
                    SafeXml.ReadChildren(r, (n, v) =>
                    {
                        SafeXml.ReadChildren(v, (f, w) =>
                        {
                            if (f == "dateOfBirth") { OfacRemarks.AddDates(temp, SafeXml.Text(w)); }
                        });
                    });
                    break;
                case "vesselInfo":
                    SafeXml.ReadChildren(r, (n, v) =>
                    {
                        var text = SafeXml.Text(v);
                        if (text.Length > 0 && n is "callSign" or "vesselFlag")
                        {
                            temp.Identifiers.Add(new ListIdentifier(n == "callSign" ? "Call Sign" : "Vessel Flag", text));
                        }
                    });
                    break;
            }
        });
        if (uid.Length == 0 || !uid.All(char.IsAsciiDigit))
        {
            result.Error(line, "uid", $"sdnEntry without a numeric uid ('{uid}'); skipped");
            return null;
        }
        if (last.Length == 0)
        {
            result.Error(line, "lastName", $"sdnEntry {uid} has no lastName; skipped");
            return null;
        }
        var entry = new ListEntry
        {
            Id = source + ":" + uid,
            Source = source,
            SourceId = uid,
            Name = first.Length > 0 ? $"{last}, {first}" : last,
            Type = type.ToLowerInvariant() switch
            {
                "individual" => EntityType.Person,
                "entity" => EntityType.Organization,
                "vessel" => EntityType.Vessel,
                "aircraft" => EntityType.Aircraft,
                _ => EntityType.Unknown,
            },
            Gender = temp.Gender,
        };
        if (entry.Type == EntityType.Unknown)
        {
            result.Error(line, "sdnType", $"sdnEntry {uid} has unknown sdnType '{type}'; kept as unknown");
        }
        entry.Programs.AddRange(programs);
        entry.Aliases.AddRange(temp.Aliases);
        entry.Identifiers.AddRange(temp.Identifiers);
        entry.Wallets.AddRange(temp.Wallets);
        entry.Emails.AddRange(temp.Emails);
        entry.Websites.AddRange(temp.Websites);
        entry.Phones.AddRange(temp.Phones);
        entry.Addresses.AddRange(temp.Addresses);
        entry.Nationalities.AddRange(temp.Nationalities);
        entry.DatesOfBirth.AddRange(temp.DatesOfBirth);
        if (remarks.Length > 0)
        {
            OfacRemarks.Apply(entry, remarks);
        }
        return entry;
    }

    private static void ReadAka(XmlReader r, ListEntry entry)
    {
        string type = "", category = "", last = "", first = "";
        SafeXml.ReadChildren(r, (n, v) =>
        {
            switch (n)
            {
                case "type": type = SafeXml.Text(v); break;
                case "category": category = SafeXml.Text(v); break;
                case "lastName": last = SafeXml.Text(v); break;
                case "firstName": first = SafeXml.Text(v); break;
            }
        });
        if (last.Length == 0 && first.Length == 0)
        {
            return;
        }
        var name = last.Length > 0 && first.Length > 0 ? $"{last}, {first}" : last + first;
        var kind = type.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();
        entry.Aliases.Add(new ListAlias(name, category.Equals("weak", StringComparison.OrdinalIgnoreCase) ? AliasQuality.Weak : AliasQuality.Strong, kind.Length > 0 ? kind : "aka"));
    }

    private static void ReadId(XmlReader r, ListEntry entry)
    {
        string type = "", number = "", country = "";
        SafeXml.ReadChildren(r, (n, v) =>
        {
            switch (n)
            {
                case "idType": type = SafeXml.Text(v); break;
                case "idNumber": number = SafeXml.Text(v); break;
                case "idCountry": country = SafeXml.Text(v); break;
            }
        });
        if (number.Length == 0)
        {
            return;
        }
        const string walletPrefix = "Digital Currency Address - ";
        if (type.StartsWith(walletPrefix, StringComparison.OrdinalIgnoreCase))
        {
            entry.Wallets.Add(new ListWallet(type[walletPrefix.Length..].Trim().ToUpperInvariant(), number));
        }
        else if (type.Equals("Email Address", StringComparison.OrdinalIgnoreCase))
        {
            OfacRemarks.AddUnique(entry.Emails, number);
        }
        else if (type.Equals("Website", StringComparison.OrdinalIgnoreCase))
        {
            OfacRemarks.AddUnique(entry.Websites, number);
        }
        else if (type.Contains("Phone", StringComparison.OrdinalIgnoreCase) || type.Equals("Telephone", StringComparison.OrdinalIgnoreCase))
        {
            OfacRemarks.AddUnique(entry.Phones, number);
        }
        else if (type.Equals("Gender", StringComparison.OrdinalIgnoreCase))
        {
            entry.Gender = number.ToLowerInvariant();
        }
        else
        {
            entry.Identifiers.Add(new ListIdentifier(type.Length > 0 ? type : "Identifier", number, country.Length > 0 ? country : null));
        }
    }

    private static void ReadAddress(XmlReader r, ListEntry entry)
    {
        var parts = new List<string>();
        string? country = null;
        SafeXml.ReadChildren(r, (n, v) =>
        {
            var text = SafeXml.Text(v);
            if (text.Length == 0 || n == "uid")
            {
                return;
            }
            if (n == "country")
            {
                country = text;
            }
            parts.Add(text);
        });
        if (parts.Count > 0)
        {
            entry.Addresses.Add(new ListAddress(string.Join(", ", parts), Countries.ToCode(country)));
        }
    }

    private static string NormalizeDate(string text) =>
        DateTime.TryParseExact(text, ["MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd"], System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : text;
}
