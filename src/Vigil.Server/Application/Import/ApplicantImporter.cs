using System.Text;
using System.Threading.Channels;
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
/// <remarks>
/// Pipelined, because on a small machine the stages are each too slow to run one after the other: a reader task
/// reads a chunk of lines, parses (JSON Lines) and maps them on every core, and hands the chunk over while it
/// starts on the next one; this task writes each chunk's subjects and events in one transaction on one connection
/// (<see cref="SubjectStore.UpsertBatchAsync"/>, <see cref="EventStore.AppendBatchAsync"/>: bulk inserts, binary COPY
/// on PostgreSQL). Chunks are written in file order, so the last occurrence of an external id still wins, and an
/// interrupted import leaves whole chunks that a re-run completes.
/// </remarks>
public sealed class ApplicantImporter(VigilDatabase database, TimeProvider? time = null)
{
    /// <summary>Errors kept in the report; all are counted.</summary>
    public const int MaxReportedErrors = 1000;

    /// <summary>Records parsed, mapped and written together (one transaction).</summary>
    private const int ChunkSize = 5000;

    /// <summary>Mapped chunks waiting for the writer: enough to keep both sides busy, little memory.</summary>
    private const int ChunksAhead = 2;

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
        var reader = new ChunkReader(path, orgId, now, ResolvePhotoPaths ? Path.GetDirectoryName(Path.GetFullPath(path)) : null);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var chunks = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(ChunksAhead) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => reader.Produce(chunks.Writer, stop.Token), CancellationToken.None);

        var subjects = new SubjectImportResult(0, 0, 0);
        var eventsAdded = 0;
        try
        {
            var store = new SubjectStore(database, _time);
            await using var db = database.CreateContext(orgId);
            await BulkWriter.PrepareConnectionAsync(db, cancellationToken: cancellationToken);
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
            {
                await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
                subjects = subjects.Plus(await store.UpsertBatchAsync(db, orgId, chunk.Subjects, cancellationToken));
                eventsAdded += await EventStore.AppendBatchAsync(db, orgId, chunk.Events, cancellationToken);
                await tx.CommitAsync(cancellationToken);
                progress?.Report(subjects.Total);
            }
        }
        catch
        {
            // Stop the reader and let it finish before the failure propagates: it must not outlive the import.
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException)
            {
            }
            throw;
        }
        await producer;
        return new ImportReport(path, reader.Read, reader.Rejected, subjects, eventsAdded, reader.Errors);
    }

    /// <summary>One chunk ready to write, in file order.</summary>
    private sealed record Chunk(List<Subject> Subjects, List<ActivityEvent> Events);

    /// <summary>
    /// Reads the file a chunk at a time. JSON Lines are split into lines here and parsed on every core with the mapping
    /// (parsing a line costs more than finding it); CSV records come parsed from the CSV reader, which has to follow
    /// quotes across lines. Canonicalizing (phone numbers, addresses, wallets) and hashing are pure, so records are
    /// mapped in parallel; the results are gathered in file order.
    /// </summary>
    private sealed class ChunkReader(string path, Guid orgId, DateTimeOffset now, string? photoBase)
    {
        public int Read { get; private set; }

        public int Rejected { get; private set; }

        public List<IngestError> Errors { get; } = [];

        public async Task Produce(ChannelWriter<Chunk> writer, CancellationToken cancellationToken)
        {
            Exception? failure = null;
            try
            {
                var pending = new List<Pending>(ChunkSize);
                foreach (var item in Items())
                {
                    pending.Add(item);
                    if (pending.Count == ChunkSize)
                    {
                        await writer.WriteAsync(MapChunk(pending, cancellationToken), cancellationToken);
                        pending.Clear();
                    }
                }
                if (pending.Count > 0)
                {
                    await writer.WriteAsync(MapChunk(pending, cancellationToken), cancellationToken);
                }
            }
            catch (Exception e)
            {
                failure = e;
                throw;
            }
            finally
            {
                writer.TryComplete(failure);
            }
        }

        /// <summary>Records as read: an unparsed JSON line, or a CSV reader result. Blank lines are skipped, as the
        /// JSON Lines reader does.</summary>
        private IEnumerable<Pending> Items()
        {
            if (ApplicantFileReader.FormatOf(path) == "jsonl")
            {
                using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
                foreach (var line in BoundedLineReader.ReadLines(text, path, IngestLimits.Default))
                {
                    if (line.Error is not null)
                    {
                        yield return new Pending(null, 0, IngestResult<ApplicantRecord>.Fail(line.Error));
                    }
                    else if (!string.IsNullOrWhiteSpace(line.Text))
                    {
                        yield return new Pending(line.Text, line.Number, default);
                    }
                }
            }
            else
            {
                foreach (var result in ApplicantFileReader.ReadFile(path))
                {
                    yield return new Pending(null, 0, result);
                }
            }
        }

        private Chunk MapChunk(List<Pending> pending, CancellationToken cancellationToken)
        {
            var results = new IngestResult<ApplicantRecord>[pending.Count];
            var mapped = new MappedApplicant?[pending.Count];
            Parallel.For(0, pending.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var p = pending[i];
                var result = results[i] = p.Line is { } line ? ApplicantJsonLinesReader.ParseLine(line, path, p.Number, IngestLimits.Default) : p.Parsed;
                if (result.TryGetValue(out var record))
                {
                    mapped[i] = ApplicantMapper.Map(record, orgId, now, photoBase);
                }
            });
            var chunk = new Chunk(new List<Subject>(pending.Count), []);
            for (var i = 0; i < pending.Count; i++)
            {
                Read++;
                if (mapped[i] is { } m)
                {
                    chunk.Subjects.Add(m.Subject);
                    chunk.Events.AddRange(m.Events);
                    continue;
                }
                Rejected++;
                foreach (var e in results[i].Errors)
                {
                    if (Errors.Count < MaxReportedErrors)
                    {
                        Errors.Add(e);
                    }
                }
            }
            return chunk;
        }

        /// <param name="Line">A JSON line still to parse, or null when <paramref name="Parsed"/> holds the result.</param>
        private readonly record struct Pending(string? Line, long Number, IngestResult<ApplicantRecord> Parsed);
    }
}
