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
                var mapped = ApplicantMapper.Map(record, orgId, now, photoBase);
                events.AddRange(mapped.Events);
                yield return mapped.Subject;
            }
        }

        var subjects = await new SubjectStore(database, _time).UpsertAsync(orgId, Subjects(), progress, cancellationToken: cancellationToken);
        var eventsAdded = await new EventStore(database).AppendAsync(orgId, events, cancellationToken: cancellationToken);
        return new ImportReport(path, read, rejected, subjects, eventsAdded, errors);
    }
}
