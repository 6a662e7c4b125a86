using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Detection;
using Vigil.Core.Identifiers;
using Vigil.Core.Reference;
using Vigil.Storage;

namespace Vigil.Server.Application.Screening;

/// <summary>
/// Loads a community indicator list (CSV <c>type,value,source,confidence,first_seen</c>) into an organization's
/// indicators, canonicalizing each value (SAN-03). Bad rows are reported with file, line and field and skipped;
/// loading the same file twice adds nothing.
/// </summary>
public sealed class CommunityIndicatorLoader(VigilDatabase database, TimeProvider? time = null)
{
    /// <summary>Accepted <c>type</c> names (case-insensitive) and the identifier kind each means.</summary>
    public static readonly IReadOnlyDictionary<string, IdentifierKind> Types = new Dictionary<string, IdentifierKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["email"] = IdentifierKind.Email,
        ["phone"] = IdentifierKind.Phone,
        ["wallet"] = IdentifierKind.CryptoWallet,
        ["crypto_wallet"] = IdentifierKind.CryptoWallet,
        ["github"] = IdentifierKind.GitHub,
        ["linkedin"] = IdentifierKind.LinkedIn,
        ["payout_account"] = IdentifierKind.PayoutAccount,
        ["bank_account"] = IdentifierKind.BankAccount,
        ["iban"] = IdentifierKind.BankAccount,
        ["ip"] = IdentifierKind.IpAddress,
        ["ip_address"] = IdentifierKind.IpAddress,
        ["name"] = IdentifierKind.Name,
        ["postal_address"] = IdentifierKind.PostalAddress,
        ["url"] = IdentifierKind.Url,
        ["device"] = IdentifierKind.DeviceId,
        ["photo_hash"] = IdentifierKind.PhotoHash,
    };

    public async Task<CommunityLoadReport> LoadAsync(Guid orgId, string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file", path);
        }
        var now = (time ?? TimeProvider.System).GetUtcNow();
        var errors = new List<string>();
        var parsed = new List<StoredIndicator>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text) || line == 1 && text.StartsWith("type,", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var f = SplitCsv(text);
            if (f.Count < 3)
            {
                errors.Add($"{path}:{line}: expected type,value,source,confidence,first_seen; got {f.Count} field(s)");
                continue;
            }
            if (!Types.TryGetValue(f[0].Trim(), out var kind))
            {
                errors.Add($"{path}:{line}: field type: unknown type '{f[0]}' (expected one of {string.Join(", ", Types.Keys)})");
                continue;
            }
            if (string.IsNullOrWhiteSpace(f[1]))
            {
                errors.Add($"{path}:{line}: field value: empty");
                continue;
            }
            var confidence = 50;
            if (f.Count > 3 && !string.IsNullOrWhiteSpace(f[3]) && (!int.TryParse(f[3].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out confidence) || confidence is < 0 or > 100))
            {
                errors.Add($"{path}:{line}: field confidence: '{f[3]}' is not an integer in 0..100");
                continue;
            }
            DateTimeOffset? firstSeen = null;
            if (f.Count > 4 && !string.IsNullOrWhiteSpace(f[4]))
            {
                if (!DateTimeOffset.TryParse(f[4].Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var fs))
                {
                    errors.Add($"{path}:{line}: field first_seen: '{f[4]}' is not a date");
                    continue;
                }
                firstSeen = fs;
            }
            var id = Canonicalizer.Canonicalize(kind, f[1].Trim());
            parsed.Add(new StoredIndicator
            {
                OrgId = orgId,
                Kind = kind,
                Value = id.Value,
                Source = string.IsNullOrWhiteSpace(f[2]) ? Path.GetFileName(path) : f[2].Trim(),
                Confidence = confidence,
                FirstSeen = firstSeen,
                LoadedAt = now,
            });
        }
        await using var db = database.CreateContext(orgId);
        var existing = (await db.Indicators.Where(i => i.Value != null).Select(i => new { i.Kind, i.Value, i.Source }).ToListAsync(cancellationToken))
            .Select(i => (i.Kind, i.Value!, i.Source)).ToHashSet();
        var added = 0;
        foreach (var p in parsed)
        {
            if (existing.Add((p.Kind, p.Value!, p.Source)))
            {
                db.Indicators.Add(p);
                added++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return new CommunityLoadReport(path, line, parsed.Count, added, errors);
    }

    /// <summary>Every raw-value indicator of the organization, as the detectors' lookup table.</summary>
    public static async Task<CommunityIntelTable> ReadTableAsync(VigilDatabase database, Guid orgId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext(orgId);
        var rows = await db.Indicators.AsNoTracking().ToListAsync(cancellationToken);
        return new CommunityIntelTable(rows.Select(r => new CommunityIndicator(r.Kind, r.Value, r.KeyedHash, r.Source, r.Confidence, r.FirstSeen)));
    }

    /// <summary>Splits one CSV line, honouring double quotes.</summary>
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        fields.Add(current.ToString());
        return fields;
    }
}
