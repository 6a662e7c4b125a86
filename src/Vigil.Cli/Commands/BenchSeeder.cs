using Vigil.Core.Model;
using Vigil.Ingest.Applicants;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// Seeds an empty organization with the first N applicants of a synthetic JSON Lines file as fast as the database
/// takes rows, for the single-applicant benchmarks at 1,000,000 stored: records are parsed and mapped in parallel
/// (the same <see cref="ApplicantMapper"/> as an import, so ids, canonical values and content hashes are identical),
/// and each chunk's subjects, identifiers, documents and events are written with <see cref="BulkWriter"/> (binary
/// COPY on PostgreSQL, one prepared statement per table on SQLite) in one transaction, while the next chunk is mapped.
/// </summary>
/// <remarks>The normal import (<c>SubjectStore</c>) first asks which external ids exist, to stay idempotent; a fresh
/// benchmark organization has none, so the seeder skips that lookup. It refuses a non-empty organization.</remarks>
internal static class BenchSeeder
{
    private const int ChunkSize = 20_000;

    /// <summary>Writes lines <paramref name="skip"/> + 1 to <paramref name="count"/> of <paramref name="file"/>.</summary>
    /// <param name="skip">Applicants already stored by an interrupted earlier run: chunks commit whole and in file
    /// order, so the stored subjects are exactly the file's first ones and seeding resumes after them.</param>
    /// <returns>Subjects stored in total (skipped plus written).</returns>
    public static async Task<int> SeedAsync(VigilDatabase database, Guid orgId, string file, int count, int skip, Action<string> say, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var written = skip;
        var lineNumber = 0L;
        using var reader = new StreamReader(file);
        while (lineNumber < skip && await reader.ReadLineAsync(ct) is not null)
        {
            lineNumber++;
        }
        Task<Chunk> next;
        var lastReport = DateTime.UtcNow;

        async Task<List<string>> ReadLinesAsync()
        {
            var lines = new List<string>(ChunkSize);
            while (lines.Count < ChunkSize && lineNumber < count && await reader.ReadLineAsync(ct) is { } line)
            {
                lineNumber++;
                lines.Add(line);
            }
            return lines;
        }

        Task<Chunk> MapAsync(List<string> lines, long firstLine) => Task.Run(() => Map(lines, firstLine, file, orgId, now), ct);

        var first = await ReadLinesAsync();
        next = MapAsync(first, skip + 1);
        while (true)
        {
            var chunk = await next;
            if (chunk.Subjects.Count == 0)
            {
                break;
            }
            var start = lineNumber + 1;
            var lines = await ReadLinesAsync();
            next = MapAsync(lines, start);
            await WriteAsync(database, orgId, chunk, ct);
            written += chunk.Subjects.Count;
            if (DateTime.UtcNow - lastReport > TimeSpan.FromSeconds(15))
            {
                say($"  seeded {written:N0} / {count:N0}");
                lastReport = DateTime.UtcNow;
            }
        }
        return written;
    }

    private static Chunk Map(List<string> lines, long firstLine, string file, Guid orgId, DateTimeOffset now)
    {
        var mapped = new MappedApplicant?[lines.Count];
        Parallel.For(0, lines.Count, i =>
        {
            var parsed = ApplicantJsonLinesReader.ParseLine(lines[i], file, firstLine + i);
            if (!parsed.TryGetValue(out var record))
            {
                throw new InvalidOperationException($"{file}:{firstLine + i}: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
            }
            mapped[i] = ApplicantMapper.Map(record, orgId, now);
        });
        var chunk = new Chunk();
        foreach (var m in mapped)
        {
            var s = m!.Subject;
            s.OrgId = orgId;
            s.CreatedAt = s.CreatedAt == default ? now : s.CreatedAt;
            s.UpdatedAt = now;
            chunk.Subjects.Add(s);
            foreach (var i in s.Identifiers)
            {
                i.OrgId = orgId;
                i.SubjectId = s.Id;
                chunk.Identifiers.Add(i);
            }
            foreach (var d in s.Documents)
            {
                d.OrgId = orgId;
                d.SubjectId = s.Id;
                chunk.Documents.Add(d);
            }
            foreach (var e in m.Events)
            {
                e.OrgId = orgId;
                chunk.Events.Add(e);
            }
        }
        return chunk;
    }

    private static async Task WriteAsync(VigilDatabase database, Guid orgId, Chunk chunk, CancellationToken ct)
    {
        await using var db = database.CreateContext(orgId);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await BulkWriter.InsertAsync(db, chunk.Subjects, ct);
        await BulkWriter.InsertAsync(db, chunk.Identifiers, ct);
        await BulkWriter.InsertAsync(db, chunk.Documents, ct);
        await BulkWriter.InsertAsync(db, chunk.Events, ct);
        await tx.CommitAsync(ct);
    }

    private sealed class Chunk
    {
        public List<Subject> Subjects { get; } = new(ChunkSize);
        public List<SubjectIdentifier> Identifiers { get; } = [];
        public List<SubjectDocument> Documents { get; } = [];
        public List<ActivityEvent> Events { get; } = [];
    }
}
