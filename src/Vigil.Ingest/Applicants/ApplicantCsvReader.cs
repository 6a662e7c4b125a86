using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Ingest.Common;

namespace Vigil.Ingest.Applicants;

/// <summary>
/// Reads applicants from the flattened CSV (docs/formats.md): a header row, then one applicant per record.
/// Column order is free; <c>id</c> and <c>full_name</c> are required; unknown columns are kept as extra fields.
/// Streaming and constant-memory; a bad record yields a failed result naming file, line and column.
/// </summary>
public static class ApplicantCsvReader
{
    public static IEnumerable<IngestResult<ApplicantRecord>> Read(TextReader reader, string file, IngestLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        limits ??= IngestLimits.Default;
        string[]? header = null;
        foreach (var row in CsvRecordReader.Read(reader, file, limits))
        {
            if (row.Error is not null)
            {
                yield return IngestResult<ApplicantRecord>.Fail(row.Error);
                continue;
            }
            if (header is null)
            {
                header = row.Fields.Select(f => f.Trim().ToLowerInvariant()).ToArray();
                var problem = CheckHeader(header);
                if (problem is not null)
                {
                    // Without a usable header no row can be read: report once, stop.
                    yield return IngestResult<ApplicantRecord>.Fail(new IngestError(file, row.Line, null, problem));
                    yield break;
                }
                continue;
            }
            yield return ParseRow(header, row, file, limits);
        }
    }

    private static string? CheckHeader(string[] header)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in header)
        {
            if (column.Length > 0 && !seen.Add(column))
            {
                return IngestErrorMessages.DuplicateHeader(column);
            }
        }
        foreach (var required in new[] { ApplicantFields.Id, ApplicantFields.FullName })
        {
            if (!seen.Contains(required))
            {
                return IngestErrorMessages.MissingHeader(required);
            }
        }
        return null;
    }

    private static IngestResult<ApplicantRecord> ParseRow(string[] header, CsvRow row, string file, IngestLimits limits)
    {
        var e = new FieldErrors(file, row.Line);
        if (row.Fields.Length != header.Length)
        {
            e.Add(null, IngestErrorMessages.ColumnCount(header.Length, row.Fields.Length));
            return IngestResult<ApplicantRecord>.Fail(row.Line, e.List);
        }
        var cells = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
        JsonObject? extra = null;
        string? extraText = null;
        for (var i = 0; i < header.Length; i++)
        {
            var column = header[i];
            var value = row.Fields[i];
            if (column.Length == 0)
            {
                continue;
            }
            if (column == ApplicantFields.Extra)
            {
                extraText = value;
            }
            else if (ApplicantFields.CsvColumns.Contains(column))
            {
                cells[column] = value;
            }
            else if (value.Trim().Length > 0)
            {
                var text = ApplicantValues.Text(value, column, e, limits, multiline: true);
                if (text is not null)
                {
                    (extra ??= [])[column] = text;
                }
            }
        }
        if (!string.IsNullOrWhiteSpace(extraText))
        {
            try
            {
                if (JsonNode.Parse(extraText, documentOptions: new JsonDocumentOptions { MaxDepth = 16 }) is JsonObject o)
                {
                    foreach (var (k, v) in o.ToList())
                    {
                        o.Remove(k);
                        (extra ??= [])[k] = v;
                    }
                }
                else
                {
                    e.Add(ApplicantFields.Extra, IngestErrorMessages.WrongType("a JSON object"));
                }
            }
            catch (JsonException ex)
            {
                e.Add(ApplicantFields.Extra, IngestErrorMessages.InvalidJson(ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0]));
            }
        }

        string? Cell(string name) => cells.TryGetValue(name, out var v) ? v : null;
        string? Text(string name, bool multiline = false) => ApplicantValues.Text(Cell(name), name, e, limits, multiline);
        IReadOnlyList<string> List(string name)
        {
            var cell = Cell(name);
            if (string.IsNullOrWhiteSpace(cell))
            {
                return [];
            }
            var items = ApplicantCsvFormat.SplitList(cell);
            var list = new List<string>(items.Count);
            foreach (var item in items)
            {
                if (ApplicantValues.Text(item, name, e, limits) is { } t)
                {
                    list.Add(t);
                }
            }
            return list;
        }
        IReadOnlyList<T> Pairs<T>(string name, string shape, Func<string, string, T> make)
        {
            var list = new List<T>();
            foreach (var item in List(name))
            {
                var colon = item.IndexOf(ApplicantCsvFormat.PairSeparator, StringComparison.Ordinal);
                if (colon <= 0 || colon == item.Length - 1)
                {
                    e.Add(name, IngestErrorMessages.InvalidPair(item, shape));
                    continue;
                }
                list.Add(make(item[..colon].Trim().ToLowerInvariant(), item[(colon + 1)..].Trim()));
            }
            return list;
        }

        var id = Text(ApplicantFields.Id);
        var name = Text(ApplicantFields.FullName);
        var kind = ApplicantValues.Kind(Cell(ApplicantFields.Kind), ApplicantFields.Kind, e);
        var status = ApplicantValues.Status(Cell(ApplicantFields.Status), ApplicantFields.Status, e);
        var emails = List(ApplicantFields.Emails);
        var phones = List(ApplicantFields.Phones);
        var address = Text(ApplicantFields.Address, multiline: true);
        var country = ApplicantValues.Country(Cell(ApplicantFields.ClaimedCountry), ApplicantFields.ClaimedCountry, e);
        var tz = ApplicantValues.Timezone(Cell(ApplicantFields.ClaimedTimezone), ApplicantFields.ClaimedTimezone, e);
        var dob = ApplicantValues.Date(Cell(ApplicantFields.DateOfBirth), ApplicantFields.DateOfBirth, e);
        var ips = List(ApplicantFields.IpAddresses);
        var resume = Text(ApplicantFields.ResumeText, multiline: true);
        var cover = Text(ApplicantFields.CoverLetter, multiline: true);
        var photo = Text(ApplicantFields.Photo);
        var payouts = Pairs(ApplicantFields.PayoutAccounts, "kind:value", (k, v) => new PayoutAccountRef(k, v));
        var banks = List(ApplicantFields.BankAccounts);
        var wallets = Pairs(ApplicantFields.Wallets, "chain:address", (k, v) => new WalletRef(k, v));
        var profiles = new ApplicantProfiles(Text("github"), Text("linkedin"), Text("portfolio"));
        var github = new GitHubProfile(
            ApplicantValues.Timestamp(Cell("github_created_at"), "github_created_at", e),
            ApplicantValues.Timestamp(Cell("github_first_commit_at"), "github_first_commit_at", e),
            ApplicantValues.Int(Cell("github_followers"), "github_followers", e),
            ApplicantValues.Int(Cell("github_following"), "github_following", e),
            ApplicantValues.Int(Cell("github_public_repos"), "github_public_repos", e));
        var reviews = new List<ApplicantReview>();
        foreach (var item in List(ApplicantFields.Reviews))
        {
            var parts = item.Split(ApplicantCsvFormat.ReviewSeparator, 3);
            if (parts.Length < 2)
            {
                e.Add(ApplicantFields.Reviews, IngestErrorMessages.InvalidPair(item, "at|rating|reviewer"));
                continue;
            }
            var at = ApplicantValues.Timestamp(parts[0], ApplicantFields.Reviews, e);
            var rating = ApplicantValues.Rating(parts[1], ApplicantFields.Reviews, e);
            var reviewer = parts.Length == 3 ? ApplicantValues.Text(parts[2], ApplicantFields.Reviews, e, limits) : null;
            if (at is { } a && rating is { } r)
            {
                reviews.Add(new ApplicantReview(a, r, reviewer));
            }
        }
        var appliedAt = ApplicantValues.Timestamp(Cell(ApplicantFields.AppliedAt), ApplicantFields.AppliedAt, e);
        var position = Text(ApplicantFields.Position);
        var document = Text(ApplicantFields.DocumentNumber);

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
            GitHubProfile = github.IsEmpty ? null : github,
            Reviews = reviews,
            AppliedAt = appliedAt,
            Position = position,
            DocumentNumber = document,
            ExtraJson = ApplicantRecordFactory.SortedJson(extra),
        });
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
