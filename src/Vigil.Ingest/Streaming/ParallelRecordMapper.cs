using System.Collections.Concurrent;
using Vigil.Ingest.Common;

namespace Vigil.Ingest.Streaming;

/// <summary>
/// Parses a JSON log on several threads and hands the results back in file order. One thread cuts the file into
/// records (<see cref="JsonRecordReader"/>: every shape, error and size limit as in the sequential parsers) and
/// copies them into chunks of <see cref="ChunkRecords"/>; worker threads each map whole chunks with their own
/// mapper (parser state such as string pools is per worker, so nothing is locked per record); the caller
/// enumerates the chunks' outputs in the order the records stood in the file.
/// </summary>
/// <remarks>
/// Memory is bounded: at most <see cref="ChunksInFlight"/> chunks exist at once and their buffers are reused, so a
/// file of any size streams in constant memory. Stopping the enumeration early (a limit) or an exception in any
/// thread stops the others before the enumerator is disposed; a worker's exception is rethrown to the caller.
/// </remarks>
public static class ParallelRecordMapper
{
    public const int ChunkRecords = 1024;

    /// <summary>Chunks read ahead of the consumer, per worker.</summary>
    public const int ChunksInFlightPerWorker = 2;

    /// <summary>Upper bound of chunks alive at once (for the memory bound).</summary>
    public static int ChunksInFlight(int workers) => ChunksInFlightPerWorker * workers + 2;

    /// <summary>Maps one record; adds zero or more results to <c>output</c>. Called on a worker thread.</summary>
    public delegate void RecordMapper<T>(JsonRecord record, List<T> output);

    /// <summary>Reads <paramref name="stream"/> as a JSON log and yields each chunk's outputs in file order.
    /// <paramref name="createMapper"/> runs once per worker, on that worker's thread. The yielded list is reused
    /// after the enumerator moves on: consume it, don't keep it.</summary>
    public static IEnumerable<List<T>> Map<T>(Stream stream, string file, Func<RecordMapper<T>> createMapper, int workers = 0,
        IngestLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(createMapper);
        if (workers <= 0)
        {
            workers = Environment.ProcessorCount;
        }
        return MapCore(stream, file, createMapper, workers, limits, cancellationToken);
    }

    private static IEnumerable<List<T>> MapCore<T>(Stream stream, string file, Func<RecordMapper<T>> createMapper, int workers,
        IngestLimits? limits, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var capacity = ChunksInFlight(workers);
        using var ordered = new BlockingCollection<Chunk<T>>(capacity);
        using var work = new BlockingCollection<Chunk<T>>();
        using var free = new BlockingCollection<Chunk<T>>();
        for (var i = 0; i < capacity; i++)
        {
            free.Add(new Chunk<T>(), CancellationToken.None);
        }
        var token = stop.Token;
        var reader = Task.Factory.StartNew(() =>
        {
            try
            {
                var chunk = free.Take(token);
                foreach (var record in JsonRecordReader.Read(stream, file, limits))
                {
                    chunk.Append(record);
                    if (chunk.Count == ChunkRecords)
                    {
                        ordered.Add(chunk, token);
                        work.Add(chunk, token);
                        chunk = free.Take(token);
                    }
                }
                if (chunk.Count > 0)
                {
                    ordered.Add(chunk, token);
                    work.Add(chunk, token);
                }
            }
            finally
            {
                ordered.CompleteAdding();
                work.CompleteAdding();
            }
        }, token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var mappers = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            mappers[w] = Task.Factory.StartNew(() =>
            {
                RecordMapper<T>? map = null;
                Exception? setup = null;
                try
                {
                    map = createMapper();
                }
                catch (Exception e)
                {
                    setup = e; // reported through the first chunk this worker takes
                }
                foreach (var chunk in work.GetConsumingEnumerable(token))
                {
                    try
                    {
                        if (setup is not null)
                        {
                            chunk.Failure = setup;
                            continue;
                        }
                        chunk.MapWith(map!);
                    }
                    catch (Exception e)
                    {
                        chunk.Failure = e;
                    }
                    finally
                    {
                        chunk.Done.Set();
                    }
                }
            }, token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        try
        {
            foreach (var chunk in ordered.GetConsumingEnumerable(token))
            {
                chunk.Done.Wait(token);
                if (chunk.Failure is { } failure)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
                }
                yield return chunk.Output;
                chunk.Reset();
                free.Add(chunk, token);
            }
            // The reader's own exceptions (an unreadable stream) surface here.
            reader.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            try
            {
                Task.WaitAll([reader, .. mappers]);
            }
            catch (AggregateException)
            {
                // Cancellations of our own stop, or a failure that already reached the caller (a chunk's failure,
                // the reader's exception): nothing left to report.
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>A run of records copied out of the reader's buffer, and what the mapper made of them.</summary>
    private sealed class Chunk<T>
    {
        private byte[] _bytes = new byte[256 * 1024];
        private int _used;
        private readonly (long Line, int Offset, int Length, IngestError? Error)[] _records = new (long, int, int, IngestError?)[ChunkRecords];

        public int Count { get; private set; }

        public List<T> Output { get; } = new(ChunkRecords);

        public ManualResetEventSlim Done { get; } = new(false);

        public Exception? Failure { get; set; }

        public void Append(JsonRecord record)
        {
            var span = record.Utf8.Span;
            if (_used + span.Length > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + span.Length));
            }
            span.CopyTo(_bytes.AsSpan(_used));
            _records[Count++] = (record.Line, _used, span.Length, record.Error);
            _used += span.Length;
        }

        public void MapWith(RecordMapper<T> map)
        {
            for (var i = 0; i < Count; i++)
            {
                var (line, offset, length, error) = _records[i];
                map(new JsonRecord(line, new ReadOnlyMemory<byte>(_bytes, offset, length), error), Output);
            }
        }

        public void Reset()
        {
            _used = 0;
            Count = 0;
            Output.Clear();
            Failure = null;
            Done.Reset();
        }
    }
}
