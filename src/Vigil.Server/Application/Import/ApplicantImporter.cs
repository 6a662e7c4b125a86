using Vigil.Core.Model;
using Vigil.Ingest.Applicants;
using Vigil.Ingest.Common;
using Vigil.Storage;

namespace Vigil.Server.Application.Import;

/// <summary>
/// Imports an applicant file (JSON Lines or CSV, <c>docs/formats.md</c>) into an organization: streams the file,
/// canonicalizes every record, upserts subjects in bulk and appends their events. Bad rows are reported with file,
/// line and field and skipped; good rows are kept. Idempotent: importing the same file again changes nothing.
/// </summary>
public sealed class ApplicantImporter(VigilDatabase database, TimeProvider? time = null)
{
    /// <summary>Errors kept in the report; all are counted.</summary>
    public const int MaxReportedErrors = 1000;

    /// <summary>Records mapped together on every core (about one store batch).</summary>
    private const int MapChunk = 2048;

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Whether relative photo paths resolve against the file's folder (the CLI). Uploads over HTTP turn this
    /// off: their folder is a temporary one, and a caller must not make the server point at its own files.</summary>
    public bool ResolvePhotoPaths { get; init; } = true;

    public async Task<ImportReport> ImportAsync(Guid orgId, string path, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file", path);
        }
        if (!ApplicantFileReader.IsSupported(path))
        {
            throw new ArgumentException($"{path}: unsupported file type (expected .jsonl, .ndjson, .json or .csv)", nameof(path));
        }
        var now = _time.GetUtcNow();
        var photoBase = ResolvePhotoPaths ? Path.GetDirectoryName(Path.GetFullPath(path)) : null;
        var errors = new List<IngestError>();
        var events = new List<ActivityEvent>();
        int read = 0, rejected = 0;

        IEnumerable<Subject> Subjects()
        {
            // Canonicalizing (phone numbers, addresses, wallets) and hashing a record is pure and costs more than reading
            // it, so records are mapped a chunk at a time on every core; order (and so "last occurrence wins") is kept.
            var chunk = new List<ApplicantRecord>(MapChunk);
            foreach (var result in ApplicantFileReader.ReadFile(path))
            {
                cancellationToken.ThrowIfCancellationRequested();
                read++;
                if (!result.TryGetValue(out var record))
                {
                    rejected++;
                    foreach (var e in result.Errors)
                    {
                        if (errors.Count < MaxReportedErrors)
                        {
                            errors.Add(e);
                        }
                    }
                    continue;
                }
                chunk.Add(record);
                if (chunk.Count == MapChunk)
                {
                    foreach (var s in MapChunkInParallel())
                    {
                        yield return s;
                    }
                }
            }
            foreach (var s in MapChunkInParallel())
            {
                yield return s;
            }

            Subject[] MapChunkInParallel()
            {
                var mapped = new MappedApplicant[chunk.Count];
                Parallel.For(0, chunk.Count, new ParallelOptions { CancellationToken = cancellationToken },
                    i => mapped[i] = ApplicantMapper.Map(chunk[i], orgId, now, photoBase));
                chunk.Clear();
                foreach (var m in mapped)
                {
                    events.AddRange(m.Events);
                }
                return Array.ConvertAll(mapped, m => m.Subject);
            }
        }

        var subjects = await new SubjectStore(database, _time).UpsertAsync(orgId, Subjects(), progress, cancellationToken: cancellationToken);
        var eventsAdded = await new EventStore(database).AppendAsync(orgId, events, cancellationToken: cancellationToken);
        return new ImportReport(path, read, rejected, subjects, eventsAdded, errors);
    }
}
