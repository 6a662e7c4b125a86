using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;

namespace Vigil.Ingest.Applicants;

/// <summary>
/// Turns an <see cref="ApplicantRecord"/> into a <see cref="Subject"/> with canonical identifiers
/// (<see cref="Canonicalizer"/>), documents, GitHub facts and extra fields, plus its events. Pure and deterministic:
/// the same record and organization always give the same subject id, content hash and event ids, which makes
/// re-import idempotent.
/// </summary>
public static class ApplicantMapper
{
    /// <summary>The <see cref="ActivityEvent.Source"/> of events that come from applicant files.</summary>
    public const string Source = "applicants";

    /// <param name="record">The record as read.</param>
    /// <param name="orgId">The organization the subject belongs to.</param>
    /// <param name="importedAt">Stamped on CreatedAt/UpdatedAt (injected: no clock reads here).</param>
    /// <param name="photoBaseDirectory">Folder of the input file; a relative photo path is resolved against it.
    /// Null keeps the path as written.</param>
    public static MappedApplicant Map(ApplicantRecord record, Guid orgId, DateTimeOffset importedAt, string? photoBaseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var canonical = ApplicantJsonWriter.Serialize(record);
        var subject = new Subject
        {
            Id = SubjectIdFor(orgId, record.Id),
            OrgId = orgId,
            ExternalId = record.Id,
            Kind = record.Kind,
            Status = record.Status ?? (record.Kind == SubjectKind.Applicant ? SubjectStatus.Applied : SubjectStatus.Active),
            FullName = record.FullName,
            ClaimedCountry = record.ClaimedCountry,
            ClaimedTimezone = record.ClaimedTimezone,
            DateOfBirth = record.DateOfBirth,
            AppliedAt = record.AppliedAt,
            Position = record.Position,
            PhotoRef = ResolvePhoto(record.Photo, photoBaseDirectory),
            GitHub = record.GitHubProfile is { } g
                ? new GitHubFacts(g.CreatedAt, g.FirstCommitAt, g.Followers, g.Following, g.PublicRepos)
                : null,
            ExtraJson = record.ExtraJson,
            ContentHash = Sha256Hex(canonical),
            CreatedAt = importedAt,
            UpdatedAt = importedAt,
        };
        subject.Identifiers = Identifiers(record).Select(i => SubjectIdentifier.From(orgId, subject.Id, i)).ToList();
        if (record.ResumeText is { } resume)
        {
            subject.Documents.Add(Document(orgId, subject.Id, DocumentKind.Resume, resume));
        }
        if (record.CoverLetter is { } cover)
        {
            subject.Documents.Add(Document(orgId, subject.Id, DocumentKind.CoverLetter, cover));
        }
        return new MappedApplicant(subject, Events(record, orgId, subject.Id));
    }

    /// <summary>Every identifier the record carries, canonicalized; duplicates (same kind and canonical value) once.
    /// Phones without a country code are read in the claimed country.</summary>
    public static IReadOnlyList<Identifier> Identifiers(ApplicantRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var list = new List<Identifier>();
        var seen = new HashSet<(IdentifierKind, string)>();
        void Add(IdentifierKind kind, string? raw, CanonicalizationContext? context = null)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                return;
            }
            var id = Canonicalizer.Canonicalize(kind, raw, context);
            if (seen.Add((id.Kind, id.Value)))
            {
                list.Add(id);
            }
        }
        Add(IdentifierKind.Name, r.FullName);
        foreach (var e in r.Emails)
        {
            Add(IdentifierKind.Email, e);
        }
        var phoneContext = new CanonicalizationContext(DefaultRegion: r.ClaimedCountry);
        foreach (var p in r.Phones)
        {
            Add(IdentifierKind.Phone, p, phoneContext);
        }
        Add(IdentifierKind.PostalAddress, r.Address);
        foreach (var b in r.BankAccounts)
        {
            Add(IdentifierKind.BankAccount, b);
        }
        foreach (var p in r.PayoutAccounts)
        {
            Add(IdentifierKind.PayoutAccount, p.Value, new CanonicalizationContext(Provider: p.Kind));
        }
        foreach (var w in r.Wallets)
        {
            Add(IdentifierKind.CryptoWallet, w.Address, new CanonicalizationContext(Provider: w.Chain));
        }
        foreach (var ip in r.IpAddresses)
        {
            Add(IdentifierKind.IpAddress, ip);
        }
        Add(IdentifierKind.GitHub, r.Profiles.GitHub);
        Add(IdentifierKind.LinkedIn, r.Profiles.LinkedIn);
        Add(IdentifierKind.Url, r.Profiles.Portfolio);
        Add(IdentifierKind.DocumentNumber, r.DocumentNumber);
        return list;
    }

    /// <summary>
    /// IPv4 addresses are canonicalized here: Core's IpAddressCanonicalizer (vigil-canon-1) sets ScopeId on every
    /// address, which throws for IPv4. The form is the same (dotted quad), so this stays compatible once Core is fixed.
    /// </summary>
    /// <summary>A stable subject id: the first 16 bytes of SHA-256(org id, external id), as a version-8 GUID.</summary>
    public static Guid SubjectIdFor(Guid orgId, string externalId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(orgId.ToString("N") + "\n" + externalId), hash);
        hash[6] = (byte)(hash[6] & 0x0F | 0x80);
        hash[8] = (byte)(hash[8] & 0x3F | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string? ResolvePhoto(string? photo, string? baseDirectory)
    {
        if (photo is null || baseDirectory is null || Uri.TryCreate(photo, UriKind.Absolute, out var uri) && !uri.IsFile)
        {
            return photo;
        }
        return Path.GetFullPath(Path.Combine(baseDirectory, photo));
    }

    private static SubjectDocument Document(Guid orgId, Guid subjectId, DocumentKind kind, string text) => new()
    {
        OrgId = orgId,
        SubjectId = subjectId,
        Kind = kind,
        Text = text,
        ContentHash = Sha256Hex(text),
    };

    private static List<ActivityEvent> Events(ApplicantRecord r, Guid orgId, Guid subjectId)
    {
        var events = new List<ActivityEvent>(r.Reviews.Count + 1);
        if (r.AppliedAt is { } applied)
        {
            events.Add(new ActivityEvent
            {
                OrgId = orgId,
                SubjectId = subjectId,
                Source = Source,
                SourceEventId = $"{r.Id}/applied",
                Type = EventType.ApplicationSubmitted,
                At = applied,
                Actor = r.Emails.Count > 0 ? r.Emails[0] : r.Id,
                Ip = r.IpAddresses.Count > 0 ? r.IpAddresses[0] : null,
                Success = true,
                PayloadJson = JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["position"] = r.Position,
                    ["ip_addresses"] = r.IpAddresses,
                    ["claimed_timezone"] = r.ClaimedTimezone,
                }, ApplicantJsonWriter.JsonOptions),
            });
        }
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var review in r.Reviews)
        {
            var rating = ApplicantValues.FormatRating(review.Rating);
            var key = Sha256Hex($"{ApplicantValues.FormatTimestamp(review.At)}|{rating}|{review.Reviewer}")[..16];
            var n = ids[key] = ids.GetValueOrDefault(key) + 1;
            events.Add(new ActivityEvent
            {
                OrgId = orgId,
                SubjectId = subjectId,
                Source = Source,
                SourceEventId = n == 1 ? $"{r.Id}/review/{key}" : $"{r.Id}/review/{key}-{n.ToString(CultureInfo.InvariantCulture)}",
                Type = EventType.Review,
                At = review.At,
                Actor = review.Reviewer,
                Success = true,
                PayloadJson = JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["rating"] = review.Rating,
                    ["reviewer"] = review.Reviewer,
                }, ApplicantJsonWriter.JsonOptions),
            });
        }
        return events;
    }
}
