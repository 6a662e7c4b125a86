using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Core.Model;
using Vigil.Ingest.Common;

namespace Vigil.Ingest.Applicants;

/// <summary>
/// Reads applicants from JSON Lines: one JSON object per line (docs/formats.md). Streaming and constant-memory;
/// a bad line yields a failed result naming file, line and field, and reading goes on.
/// </summary>
public static class ApplicantJsonLinesReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public static IEnumerable<IngestResult<ApplicantRecord>> Read(TextReader reader, string file, IngestLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        limits ??= IngestLimits.Default;
        foreach (var line in BoundedLineReader.ReadLines(reader, file, limits))
        {
            if (line.Error is not null)
            {
                yield return IngestResult<ApplicantRecord>.Fail(line.Error);
                continue;
            }
            if (string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }
            yield return ParseLine(line.Text, file, line.Number, limits);
        }
    }

    public static IngestResult<ApplicantRecord> ParseLine(string text, string file, long lineNumber, IngestLimits? limits = null)
    {
        limits ??= IngestLimits.Default;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException e)
        {
            var detail = e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
            return IngestResult<ApplicantRecord>.Fail(new IngestError(file, lineNumber, null, IngestErrorMessages.InvalidJson(detail)));
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return IngestResult<ApplicantRecord>.Fail(new IngestError(file, lineNumber, null, IngestErrorMessages.NotAnObject));
            }
            return ParseObject(doc.RootElement, new FieldErrors(file, lineNumber), limits);
        }
    }

    private static IngestResult<ApplicantRecord> ParseObject(JsonElement root, FieldErrors e, IngestLimits limits)
    {
        string? id = null, name = null, address = null, country = null, tz = null, resume = null, cover = null, photo = null, position = null, document = null;
        SubjectKind kind = SubjectKind.Applicant;
        SubjectStatus? status = null;
        DateOnly? dob = null;
        DateTimeOffset? appliedAt = null;
        IReadOnlyList<string> emails = [], phones = [], ips = [], banks = [];
        IReadOnlyList<PayoutAccountRef> payouts = [];
        IReadOnlyList<WalletRef> wallets = [];
        IReadOnlyList<ApplicantReview> reviews = [];
        ApplicantProfiles profiles = ApplicantProfiles.Empty;
        GitHubProfile? github = null;
        JsonObject? extra = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var p in root.EnumerateObject())
        {
            if (!seen.Add(p.Name))
            {
                e.Add(p.Name, "appears twice in the object");
                continue;
            }
            var v = p.Value;
            switch (p.Name)
            {
                case ApplicantFields.Id: id = ApplicantValues.Text(Scalar(v, p.Name, e), p.Name, e, limits); break;
                case ApplicantFields.Kind: kind = ApplicantValues.Kind(Scalar(v, p.Name, e), p.Name, e); break;
                case ApplicantFields.Status: status = ApplicantValues.Status(Scalar(v, p.Name, e), p.Name, e); break;
                case ApplicantFields.FullName: name = ApplicantValues.Text(Scalar(v, p.Name, e), p.Name, e, limits); break;
                case ApplicantFields.Emails: emails = StringList(v, p.Name, e, limits); break;
                case ApplicantFields.Phones: phones = StringList(v, p.Name, e, limits); break;
                case ApplicantFields.Address: address = ApplicantValues.Text(Scalar(v, p.Name, e), p.Name, e, limits, multiline: true); break;
                case ApplicantFields.ClaimedCountry: country = ApplicantValues.Country(Scalar(v, p.Name, e), p.Name, e); break;
                case ApplicantFields.ClaimedTimezone: tz = ApplicantValues.Timezone(Scalar(v, p.Name, e), p.Name, e); break;
                case ApplicantFields.DateOfBirth: dob = ApplicantValues.Date(Scalar(v, p.Name, e), p.Name, e); break;
                case ApplicantFields.IpAddresses: ips = StringList(v, p.Name, e, limits); break;
                case ApplicantFields.ResumeText: resume = ApplicantValues.Text(Scalar(v, p.Name, e), p.Name, e, limits, multiline: true); break;
                case ApplicantFields.CoverLetter: cover = ApplicantValues.Text(Scalar(v, p.Name, e), p.Name, e, limits, multiline: true); break;
                case ApplicantFields.Photo: photo = ApplicantValues.Text(Scalar(v, p.Name, e), p.Name, e, limits); break;
                case ApplicantFields.PayoutAccounts:
                    payouts = PairList(v, p.Name, ApplicantFields.PayoutKind, ApplicantFields.PayoutValue, e, limits, (k, val) => new PayoutAccountRef(k, val));
                    break;
                case ApplicantFields.BankAccounts: banks = StringList(v, p.Name, e, limits); break;
                case ApplicantFields.Wallets:
                    wallets = PairList(v, p.Name, ApplicantFields.WalletChain, ApplicantFields.WalletAddress, e, limits, (k, val) => new WalletRef(k, val));
                    break;
                case ApplicantFields.Profiles: profiles = Profiles(v, e, limits, ref extra); break;
                case ApplicantFields.GitHubProfile: github = GitHub(v, e); break;
                case ApplicantFields.Reviews: reviews = Reviews(v, e, limits); break;
                case ApplicantFields.AppliedAt: appliedAt = ApplicantValues.Timestamp(Scalar(v, p.Name, e), p.Name, e); break;
                case ApplicantFields.Position: position = ApplicantValues.Text(Scalar(v, p.Name, e), p.Name, e, limits); break;
                case ApplicantFields.DocumentNumber: document = ApplicantValues.Text(Scalar(v, p.Name, e), p.Name, e, limits); break;
                default:
                    (extra ??= [])[p.Name] = JsonNode.Parse(v.GetRawText());
                    break;
            }
        }
        return ApplicantRecordFactory.Build(e, id, name, r => r with
        {
            Kind = kind,
            Status = status,
            Emails = emails,
            Phones = phones,
            Address = address,
            ClaimedCountry = country,
            ClaimedTimezone = tz,
            DateOfBirth = dob,
            IpAddresses = ips,
            ResumeText = resume,
            CoverLetter = cover,
            Photo = photo,
            PayoutAccounts = payouts,
            BankAccounts = banks,
            Wallets = wallets,
            Profiles = profiles,
            GitHubProfile = github,
            Reviews = reviews,
            AppliedAt = appliedAt,
            Position = position,
            DocumentNumber = document,
            ExtraJson = ApplicantRecordFactory.SortedJson(extra),
        });
    }

    /// <summary>A scalar as text: strings as is, numbers and booleans by their JSON text, null as null.</summary>
    private static string? Scalar(JsonElement v, string field, FieldErrors e)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.String: return GetString(v, field, e);
            case JsonValueKind.Null: return null;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False: return v.GetRawText();
            default:
                e.Add(field, IngestErrorMessages.WrongType("a string"));
                return null;
        }
    }

    /// <summary>A JSON string, or an error when its escapes encode an unpaired surrogate (which .NET refuses to decode).</summary>
    private static string? GetString(JsonElement v, string field, FieldErrors e)
    {
        try
        {
            return v.GetString();
        }
        catch (InvalidOperationException)
        {
            e.Add(field, IngestErrorMessages.InvalidText);
            return null;
        }
    }

    private static IReadOnlyList<string> StringList(JsonElement v, string field, FieldErrors e, IngestLimits limits)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        if (v.ValueKind == JsonValueKind.String)
        {
            var one = ApplicantValues.Text(GetString(v, field, e), field, e, limits);
            return one is null ? [] : [one];
        }
        if (v.ValueKind != JsonValueKind.Array)
        {
            e.Add(field, IngestErrorMessages.WrongType("an array of strings"));
            return [];
        }
        var list = new List<string>(v.GetArrayLength());
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            var name = $"{field}[{i++}]";
            if (item.ValueKind != JsonValueKind.String)
            {
                e.Add(name, IngestErrorMessages.WrongType("a string"));
                continue;
            }
            var text = ApplicantValues.Text(GetString(item, name, e), name, e, limits);
            if (text is not null)
            {
                list.Add(text);
            }
        }
        return list;
    }

    /// <summary>Pairs as objects (<c>{"kind":"wise","value":"..."}</c>) or as <c>"kind:value"</c> strings.</summary>
    private static IReadOnlyList<T> PairList<T>(JsonElement v, string field, string keyName, string valueName, FieldErrors e, IngestLimits limits, Func<string, string, T> make)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        if (v.ValueKind != JsonValueKind.Array)
        {
            e.Add(field, IngestErrorMessages.WrongType($"an array of {{\"{keyName}\":…,\"{valueName}\":…}} objects"));
            return [];
        }
        var list = new List<T>();
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            var name = $"{field}[{i++}]";
            string? key, value;
            if (item.ValueKind == JsonValueKind.String)
            {
                var s = GetString(item, name, e);
                if (s is null)
                {
                    continue;
                }
                var colon = s.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    e.Add(name, IngestErrorMessages.InvalidPair(s, $"{keyName}:{valueName}"));
                    continue;
                }
                key = s[..colon];
                value = s[(colon + 1)..];
            }
            else if (item.ValueKind == JsonValueKind.Object)
            {
                key = item.TryGetProperty(keyName, out var k) ? Scalar(k, $"{name}.{keyName}", e) : null;
                value = item.TryGetProperty(valueName, out var val) ? Scalar(val, $"{name}.{valueName}", e) : null;
            }
            else
            {
                e.Add(name, IngestErrorMessages.WrongType("an object"));
                continue;
            }
            key = ApplicantValues.Text(key, $"{name}.{keyName}", e, limits)?.ToLowerInvariant();
            value = ApplicantValues.Text(value, $"{name}.{valueName}", e, limits);
            if (key is null)
            {
                e.Add($"{name}.{keyName}", IngestErrorMessages.Required);
            }
            else if (value is null)
            {
                e.Add($"{name}.{valueName}", IngestErrorMessages.Required);
            }
            else
            {
                list.Add(make(key, value));
            }
        }
        return list;
    }

    private static ApplicantProfiles Profiles(JsonElement v, FieldErrors e, IngestLimits limits, ref JsonObject? extra)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return ApplicantProfiles.Empty;
        }
        if (v.ValueKind != JsonValueKind.Object)
        {
            e.Add(ApplicantFields.Profiles, IngestErrorMessages.WrongType("an object"));
            return ApplicantProfiles.Empty;
        }
        string? gh = null, li = null, pf = null;
        foreach (var p in v.EnumerateObject())
        {
            var name = $"{ApplicantFields.Profiles}.{p.Name}";
            switch (p.Name)
            {
                case ApplicantFields.GitHub: gh = ApplicantValues.Text(Scalar(p.Value, name, e), name, e, limits); break;
                case ApplicantFields.LinkedIn: li = ApplicantValues.Text(Scalar(p.Value, name, e), name, e, limits); break;
                case ApplicantFields.Portfolio: pf = ApplicantValues.Text(Scalar(p.Value, name, e), name, e, limits); break;
                default: (extra ??= [])[name] = JsonNode.Parse(p.Value.GetRawText()); break;
            }
        }
        return new ApplicantProfiles(gh, li, pf);
    }

    private static GitHubProfile? GitHub(JsonElement v, FieldErrors e)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (v.ValueKind != JsonValueKind.Object)
        {
            e.Add(ApplicantFields.GitHubProfile, IngestErrorMessages.WrongType("an object"));
            return null;
        }
        string? Get(string key) => v.TryGetProperty(key, out var x) ? Scalar(x, $"{ApplicantFields.GitHubProfile}.{key}", e) : null;
        string F(string key) => $"{ApplicantFields.GitHubProfile}.{key}";
        var profile = new GitHubProfile(
            ApplicantValues.Timestamp(Get(ApplicantFields.CreatedAt), F(ApplicantFields.CreatedAt), e),
            ApplicantValues.Timestamp(Get(ApplicantFields.FirstCommitAt), F(ApplicantFields.FirstCommitAt), e),
            ApplicantValues.Int(Get(ApplicantFields.Followers), F(ApplicantFields.Followers), e),
            ApplicantValues.Int(Get(ApplicantFields.Following), F(ApplicantFields.Following), e),
            ApplicantValues.Int(Get(ApplicantFields.PublicRepos), F(ApplicantFields.PublicRepos), e));
        return profile.IsEmpty ? null : profile;
    }

    private static IReadOnlyList<ApplicantReview> Reviews(JsonElement v, FieldErrors e, IngestLimits limits)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        if (v.ValueKind != JsonValueKind.Array)
        {
            e.Add(ApplicantFields.Reviews, IngestErrorMessages.WrongType("an array of review objects"));
            return [];
        }
        var list = new List<ApplicantReview>();
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            var name = $"{ApplicantFields.Reviews}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                e.Add(name, IngestErrorMessages.WrongType("an object"));
                continue;
            }
            string? Get(string key) => item.TryGetProperty(key, out var x) ? Scalar(x, $"{name}.{key}", e) : null;
            var atText = Get(ApplicantFields.At);
            if (string.IsNullOrWhiteSpace(atText))
            {
                e.Add($"{name}.{ApplicantFields.At}", IngestErrorMessages.Required);
                continue;
            }
            var at = ApplicantValues.Timestamp(atText, $"{name}.{ApplicantFields.At}", e);
            var rating = ApplicantValues.Rating(Get(ApplicantFields.Rating), $"{name}.{ApplicantFields.Rating}", e);
            var reviewer = ApplicantValues.Text(Get(ApplicantFields.Reviewer), $"{name}.{ApplicantFields.Reviewer}", e, limits);
            if (at is { } a && rating is { } r)
            {
                list.Add(new ApplicantReview(a, r, reviewer));
            }
        }
        return list;
    }

    /// <summary>Opens a file with BOM detection (UTF-8 default) and reads it.</summary>
    public static IEnumerable<IngestResult<ApplicantRecord>> ReadFile(string path, IngestLimits? limits = null)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        foreach (var r in Read(reader, path, limits))
        {
            yield return r;
        }
    }
}
