using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Cases;
using Vigil.Core.Identifiers;
using Vigil.Core.Reference;
using Vigil.Sharing.Export;
using Vigil.Sharing.KeyedHashing;
using Vigil.Sharing.Misp;
using Vigil.Sharing.Policy;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Markings;
using Vigil.Sharing.Stix.Objects;
using Vigil.Sharing.Stix.Serialization;
using Vigil.Sharing.Taxii;
using Vigil.Storage;
using Vigil.Storage.Sharing;

namespace Vigil.Server.Application.Sharing;

/// <summary>
/// The sharing use cases the CLI and the server share: choose what leaves (candidates + policy), export STIX and
/// MISP, import bundles and feeds as community intelligence, pull and push over TAXII, and match partners' keyed
/// hashes against the organization's own subjects. Every query is scoped to one organization.
/// </summary>
public sealed class SharingService(VigilDatabase database, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task EnsureSchemaAsync(CancellationToken cancellationToken) => await SharingSchema.EnsureAsync(database, cancellationToken);

    /// <summary>
    /// Identifiers of subjects in cases closed as confirmed, plus those an analyst marked; marks set TLP, raw
    /// permission, inclusion and exclusion.
    /// </summary>
    public async Task<List<ShareCandidate>> CandidatesAsync(Guid orgId, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var db = database.CreateContext(orgId);
        var confirmedSubjects = await (
            from a in db.Alerts
            join c in db.Cases on a.CaseId equals c.Id
            where c.Disposition == Disposition.Confirmed
            select a.SubjectId).Distinct().ToListAsync(cancellationToken);
        var confirmed = await db.SubjectIdentifiers.AsNoTracking()
            .Where(i => confirmedSubjects.Contains(i.SubjectId) && i.IsValid)
            .Select(i => new { i.Kind, i.Value }).Distinct().ToListAsync(cancellationToken);
        var marks = await db.Set<SharingMarkRecord>().AsNoTracking().Where(m => m.OrgId == orgId).ToListAsync(cancellationToken);
        var byKey = marks.ToDictionary(m => (m.Kind, m.Value));
        var result = new Dictionary<(IdentifierKind, string), ShareCandidate>();
        foreach (var c in confirmed)
        {
            result[(c.Kind, c.Value)] = Candidate(c.Kind, c.Value, true, byKey.GetValueOrDefault((c.Kind, c.Value)));
        }
        foreach (var m in marks)
        {
            if (!result.ContainsKey((m.Kind, m.Value)))
            {
                result[(m.Kind, m.Value)] = Candidate(m.Kind, m.Value, false, m);
            }
        }
        return [.. result.Values.OrderBy(c => c.Kind).ThenBy(c => c.CanonicalValue, StringComparer.Ordinal)];
    }

    private static ShareCandidate Candidate(IdentifierKind kind, string value, bool confirmed, SharingMarkRecord? mark)
    {
        var tlp = mark is not null && TlpMarkings.TryParseLevel(mark.Tlp, out var level) ? level : TlpLevel.Amber;
        return new ShareCandidate(kind, value, confirmed, tlp, confirmed ? 85 : 60, mark?.AllowRaw ?? false,
            mark?.Include ?? false, mark?.Exclude ?? false, IndicatorIds: ["SAN-03"]);
    }

    /// <summary>Records an analyst's choice for one identifier (canonicalized first).</summary>
    public async Task<string> MarkAsync(Guid orgId, IdentifierKind kind, string raw, bool include, bool exclude, bool allowRaw, TlpLevel tlp, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        var value = Canonicalizer.Canonicalize(kind, raw).Value;
        await using var db = database.CreateContext(orgId);
        var mark = await db.Set<SharingMarkRecord>().FirstOrDefaultAsync(m => m.OrgId == orgId && m.Kind == kind && m.Value == value, cancellationToken);
        if (mark is null)
        {
            mark = new SharingMarkRecord { OrgId = orgId, Kind = kind, Value = value };
            db.Add(mark);
        }
        mark.Include = include;
        mark.Exclude = exclude;
        mark.AllowRaw = allowRaw;
        mark.Tlp = TlpMarkings.NameOf(tlp)[4..].ToLowerInvariant();
        mark.UpdatedAtUs = TaxiiTime.ToMicros(_time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return value;
    }

    public async Task<List<SharingDecision>> PreviewAsync(Guid orgId, SharingPolicy policy, CancellationToken cancellationToken) =>
        [.. policy.Evaluate(await CandidatesAsync(orgId, cancellationToken))];

    public async Task<long> ExportStixAsync(Guid orgId, SharingPolicy policy, StixExportOptions options, Stream output, CancellationToken cancellationToken)
    {
        var decisions = await PreviewAsync(orgId, policy, cancellationToken);
        await using var writer = new StixBundleWriter(output);
        foreach (var o in StixExporter.Export(decisions, options))
        {
            await writer.WriteAsync(o, cancellationToken);
        }
        return writer.Count;
    }

    public async Task<int> ExportMispAsync(Guid orgId, SharingPolicy policy, StixExportOptions options, string directory, CancellationToken cancellationToken) =>
        await MispFeedWriter.WriteAsync(directory, await PreviewAsync(orgId, policy, cancellationToken), options, cancellationToken);

    /// <summary>Imports a STIX bundle file, a MISP feed directory or a MISP event file.</summary>
    public async Task<ShareImportReport> ImportPathAsync(Guid orgId, string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path) || IsMispEvent(path))
        {
            var reader = new MispFeedReader();
            var indicators = await reader.ReadAsync(path, cancellationToken);
            var (added, dup) = await StoreAsync(orgId, indicators, cancellationToken);
            return new ShareImportReport(path, indicators.Count, added, dup, reader.Skipped, reader.Errors);
        }
        await using var stream = File.OpenRead(path);
        return await ImportStixAsync(orgId, path, StixBundleReader.ReadAsync(stream, cancellationToken), cancellationToken);
    }

    private static bool IsMispEvent(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file or directory", path);
        }
        using var stream = File.OpenRead(path);
        var head = new byte[4096];
        var n = stream.Read(head);
        var text = System.Text.Encoding.UTF8.GetString(head, 0, n);
        return text.Contains("\"Event\"", StringComparison.Ordinal) && !text.Contains("\"bundle\"", StringComparison.Ordinal);
    }

    private async Task<ShareImportReport> ImportStixAsync(Guid orgId, string source, IAsyncEnumerable<StixReadResult> objects, CancellationToken cancellationToken)
    {
        var importer = new StixIndicatorImporter();
        var indicators = new List<CommunityIndicator>();
        var sightings = new List<Sighting>();
        var errors = new List<string>();
        var read = 0;
        await foreach (var r in objects.WithCancellation(cancellationToken))
        {
            read++;
            if (r.Object is null)
            {
                errors.Add($"{source}: {r.Error}");
                continue;
            }
            if (r.Object is Sighting sighting)
            {
                sightings.Add(sighting);
                continue;
            }
            indicators.AddRange(importer.Accept(r.Object));
        }
        var (added, dup) = await StoreAsync(orgId, indicators, cancellationToken);
        var sightingService = new SightingService(database, _time);
        await sightingService.RecordReceivedAsync(orgId, indicators, cancellationToken);
        var recorded = await sightingService.RecordAsync(orgId, sightings, source, cancellationToken);
        return new ShareImportReport(source, read, added, dup, importer.Skipped, errors) { Sightings = recorded };
    }

    /// <summary>Stores community indicators; one already stored (same kind, value or hash, source) is a duplicate.</summary>
    public async Task<(int Added, int Duplicates)> StoreAsync(Guid orgId, IReadOnlyList<CommunityIndicator> indicators, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext(orgId);
        var existing = (await db.Indicators.AsNoTracking().Select(i => new { i.Kind, i.Value, i.KeyedHash, i.Source }).ToListAsync(cancellationToken))
            .Select(i => (i.Kind, i.Value, i.KeyedHash, i.Source)).ToHashSet();
        var now = _time.GetUtcNow();
        var added = 0;
        var dup = 0;
        foreach (var i in indicators)
        {
            if (!existing.Add((i.Kind, i.Value, i.KeyedHash, i.Source)))
            {
                dup++;
                continue;
            }
            db.Indicators.Add(new StoredIndicator
            {
                OrgId = orgId,
                Kind = i.Kind,
                Value = i.Value,
                KeyedHash = i.KeyedHash,
                Source = i.Source.Length > 200 ? i.Source[..200] : i.Source,
                Confidence = i.Confidence,
                FirstSeen = i.FirstSeen,
                LoadedAt = now,
            });
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return (added, dup);
    }

    /// <summary>Pulls a peer's collection over TAXII and stores its indicators as community intelligence.</summary>
    public async Task<(ShareImportReport Report, TaxiiPullResult? Pull)> PullAsync(Guid orgId, HttpClient http, Uri url, string collectionId,
        AuthenticationHeaderValue? auth, string? addedAfter, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        var client = new TaxiiClient(http, url, auth);
        await client.ResolveApiRootAsync(cancellationToken);
        TaxiiPullResult? pull = null;
        var report = await ImportStixAsync(orgId, url.Host + ":" + collectionId,
            client.GetObjectsAsync(collectionId, addedAfter, 1000, r => pull = r, cancellationToken), cancellationToken);
        return (report, pull);
    }

    /// <summary>Pushes what the policy lets out to a peer's collection.</summary>
    public async Task<List<TaxiiStatus>> PushAsync(Guid orgId, HttpClient http, Uri url, string collectionId, AuthenticationHeaderValue? auth,
        SharingPolicy policy, StixExportOptions options, CancellationToken cancellationToken)
    {
        var decisions = await PreviewAsync(orgId, policy, cancellationToken);
        var client = new TaxiiClient(http, url, auth);
        await client.ResolveApiRootAsync(cancellationToken);
        return await client.AddObjectsAsync(collectionId, StixExporter.Export(decisions, options), cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Subjects of the organization holding an identifier partners reported: raw values by canonical equality, keyed
    /// hashes by hashing the organization's own identifiers under every key it holds.
    /// </summary>
    public async Task<List<CommunityMatch>> MatchAsync(Guid orgId, CommunityKeyring? keyring, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext(orgId);
        var indicators = await db.Indicators.AsNoTracking().ToListAsync(cancellationToken);
        if (indicators.Count == 0)
        {
            return [];
        }
        var ids = await db.SubjectIdentifiers.AsNoTracking()
            .Join(db.Subjects, i => i.SubjectId, s => s.Id, (i, s) => new { i.Kind, i.Value, i.SubjectId, s.ExternalId })
            .ToListAsync(cancellationToken);
        var matches = CommunityMatcher.Match(indicators, i => (i.Kind, i.Value, i.KeyedHash), ids, i => (i.Kind, i.Value), keyring)
            .Select(m => new CommunityMatch(m.Own.SubjectId, m.Own.ExternalId, m.Reported.Kind, m.Reported.Source, m.Reported.Confidence, m.Hashed));
        return [.. matches.Distinct()];
    }

    /// <summary>The matches as findings (SAN-03) an analyst reads; evidence names the source, never a partner's raw data.</summary>
    public static Core.Detection.Finding ToFinding(CommunityMatch m) => new(
        "community-intelligence-match", "SAN-03", Math.Clamp(m.Confidence * 0.6, 0, 100),
        $"A {KeyedIdentifierHasher.KindName(m.Kind)} of this subject was reported by {m.Source}{(m.Hashed ? " (matched by keyed hash)" : "")}",
        new Core.Detection.Evidence("reporting source", m.Source, m.SubjectExternalId));
}
