using System.Text.Json;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Parsers;

/// <summary>
/// Plain lists of sanctioned crypto addresses: text with one address per line (<c>#</c> comments allowed,
/// optionally <c>ASSET address</c> or <c>ASSET:address</c>) or a JSON array of strings. The asset comes from the
/// line, else from a file name like <c>sanctioned_addresses_XBT.txt</c>. Each address becomes one entry whose only
/// feature is the wallet, so a wallet hit is explained even when no name is known.
/// </summary>
public static class CryptoListParser
{
    public const int MaxAddressLength = 128;

    public static ListParseResult Parse(string path)
    {
        var result = new ListParseResult { File = path, Format = ListFormat.CryptoList };
        var fileAsset = AssetFromFileName(path);
        try
        {
            if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                using var stream = File.OpenRead(path);
                using var doc = JsonDocument.Parse(stream);
                if (doc.RootElement.ValueKind != JsonValueKind.Array)
                {
                    result.Fail(1, null, "expected a JSON array of address strings");
                    return result;
                }
                var i = 0;
                foreach (var item in doc.RootElement.EnumerateArray())
                {
                    i++;
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        result.Error(0, $"[{i - 1}]", "not a string; skipped");
                        continue;
                    }
                    Add(result, fileAsset, item.GetString()!, 0);
                }
            }
            else
            {
                using var reader = TextFiles.Open(path);
                var line = 0;
                while (reader.ReadLine() is { } text)
                {
                    line++;
                    text = text.Trim().TrimEnd('\x1A');
                    if (text.Length == 0 || text.StartsWith('#'))
                    {
                        continue;
                    }
                    Add(result, fileAsset, text, line);
                }
            }
        }
        catch (JsonException e)
        {
            result.Fail((int)(e.LineNumber ?? 0) + 1, e.Path, "malformed JSON: " + e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            result.Fail(0, null, "cannot read file: " + e.Message);
        }
        return result;
    }

    private static void Add(ListParseResult result, string asset, string text, int line)
    {
        var parts = text.Split([' ', '\t', ',', ':'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var prefixed = parts.Length == 2 && parts[0].Length <= 6 && parts[0].All(char.IsAsciiLetterUpper);
        var address = prefixed ? parts[1] : text;
        if (prefixed)
        {
            asset = parts[0].ToUpperInvariant();
        }
        if (address.Length is < 20 or > MaxAddressLength || !address.All(char.IsAsciiLetterOrDigit))
        {
            result.Error(line, "address", $"'{(address.Length > 40 ? address[..40] + "..." : address)}' is not a crypto address; skipped");
            return;
        }
        var entry = new ListEntry
        {
            Id = $"{ListSource.CryptoAddresses}:{asset}:{address}",
            Source = ListSource.CryptoAddresses,
            SourceId = address,
            Type = EntityType.Unknown,
        };
        entry.Wallets.Add(new ListWallet(asset, address));
        result.Entries.Add(entry);
    }

    private static string AssetFromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var underscore = name.LastIndexOf('_');
        var tail = underscore >= 0 ? name[(underscore + 1)..] : "";
        return tail.Length is >= 2 and <= 6 && tail.All(char.IsAsciiLetterOrDigit) ? tail.ToUpperInvariant() : "";
    }
}
