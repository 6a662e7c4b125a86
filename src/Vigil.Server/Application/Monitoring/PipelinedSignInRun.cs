using System.Collections.Concurrent;
using Vigil.Core.Events;
using Vigil.Ingest.Common;
using Vigil.Ingest.Streaming;

namespace Vigil.Server.Application.Monitoring;

/// <summary>
/// Runs a sign-in file through the <see cref="MonitoringPipeline"/> on several threads with exactly the findings
/// of one thread. <see cref="Run(IEnumerable{IngestResult{SignIn}}, MonitoringPipeline, long, CancellationToken)"/>:
/// the caller's thread parses, a second thread enriches and detects. The file overload spreads every stage:
/// records are cut on one thread and parsed, matched and enriched in chunks on one worker per core
/// (<see cref="ParallelRecordMapper"/>, results back in file order); the sign-in detectors, which share no state,
/// are split into lanes that each run on their own thread over the same ordered batches. Bounded queues keep
/// memory flat.
/// </summary>
public static class PipelinedSignInRun
{
    public const int BatchSize = 1024;
    public const int QueuedBatches = 8;

    /// <summary>Observes every parsed sign-in (failed records are skipped; read them from the parser's counters),
    /// up to <paramref name="limit"/>; returns how many were observed.</summary>
    public static long Run(IEnumerable<IngestResult<SignIn>> parsed, MonitoringPipeline pipeline, long limit = long.MaxValue,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(pipeline);
        using var queue = new BlockingCollection<SignIn[]>(QueuedBatches);
        var consumer = Task.Factory.StartNew(() =>
        {
            foreach (var batch in queue.GetConsumingEnumerable(cancellationToken))
            {
                foreach (var signIn in batch)
                {
                    if (signIn is null)
                    {
                        break; // the last batch is partly filled
                    }
                    pipeline.Observe(signIn);
                }
            }
        }, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        long count = 0;
        try
        {
            var batch = new SignIn[BatchSize];
            var n = 0;
            foreach (var result in parsed)
            {
                if (!result.TryGetValue(out var signIn))
                {
                    continue;
                }
                batch[n++] = signIn;
                count++;
                if (n == BatchSize)
                {
                    queue.Add(batch, cancellationToken);
                    batch = new SignIn[BatchSize];
                    n = 0;
                }
                if (count >= limit)
                {
                    break;
                }
            }
            if (n > 0)
            {
                queue.Add(batch, cancellationToken);
            }
        }
        finally
        {
            queue.CompleteAdding();
            // The consumer's exceptions (and cancellation) surface here.
            consumer.GetAwaiter().GetResult();
        }
        return count;
    }

    /// <summary>Batches a detector lane may lag behind the caller's lane: few, so sign-ins die young (GC).</summary>
    public const int LaneQueue = 2;

    /// <summary>Detector lanes (threads) of the file overload: each sign-in detector runs in one lane.</summary>
    public static int DetectorLanes => Math.Clamp(Environment.ProcessorCount, 1, 2);

    /// <summary>Relative cost per sign-in of each detector (profiled with <c>vigil bench monitor</c>), to balance
    /// the lanes; detectors not listed count 1.</summary>
    private static readonly Dictionary<string, double> DetectorCost = new(StringComparer.Ordinal)
    {
        ["impossible-travel"] = 2.0,
        ["shared-egress"] = 2.0,
        ["new-country"] = 1.5,
        ["anonymizer-sign-in"] = 0.5,
        ["working-hours"] = 1.0,
        ["residence-mismatch"] = 1.0,
        ["shared-device"] = 1.0,
    };

    /// <summary>Parses <paramref name="stream"/> with one parser per worker thread (<paramref name="createParser"/>
    /// runs on each worker and returns its record parser: null for records that are not sign-ins), prepares each
    /// sign-in there (match + enrich), and feeds the detectors in file order, split into <see cref="DetectorLanes"/>
    /// lanes. Failed records are skipped (count them in the parser). Returns how many sign-ins were observed, at
    /// most <paramref name="limit"/>.</summary>
    public static long Run(Stream stream, string file, Func<Func<JsonRecord, IngestResult<SignIn>?>> createParser, MonitoringPipeline pipeline,
        long limit = long.MaxValue, int parsers = 0, IngestLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(createParser);
        ArgumentNullException.ThrowIfNull(pipeline);
        ParallelRecordMapper.RecordMapper<SignIn> CreateMapper()
        {
            var parse = createParser();
            var enricher = pipeline.CreateEnricher();
            return (record, output) =>
            {
                if (parse(record) is { IsSuccess: true } result)
                {
                    pipeline.Prepare(result.Value, enricher);
                    output.Add(result.Value);
                }
            };
        }

        var lanes = Lanes(pipeline);
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var queues = new BlockingCollection<SignIn[]>[lanes.Length];
        var workers = new Task[lanes.Length - 1];
        for (var l = 1; l < lanes.Length; l++)
        {
            var lane = lanes[l];
            var queue = queues[l] = new BlockingCollection<SignIn[]>(LaneQueue);
            workers[l - 1] = Task.Factory.StartNew(() =>
            {
                try
                {
                    foreach (var batch in queue.GetConsumingEnumerable(failed.Token))
                    {
                        Observe(pipeline, lane, batch);
                    }
                }
                catch
                {
                    failed.Cancel(); // unblocks the caller waiting to add to this lane's full queue
                    throw;
                }
            }, failed.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        long count = 0;
        try
        {
            foreach (var chunk in ParallelRecordMapper.Map(stream, file, CreateMapper, parsers, limits, failed.Token))
            {
                var take = (int)Math.Min(chunk.Count, limit - count);
                // A copy: the chunk's list is reused, and the lanes read this batch while the next one is parsed.
                var batch = chunk.GetRange(0, take).ToArray();
                for (var l = 1; l < lanes.Length; l++)
                {
                    queues[l].Add(batch, failed.Token);
                }
                Observe(pipeline, lanes[0], batch);
                pipeline.CountPrepared(take);
                count += take;
                if (count >= limit)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (failed.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // A lane failed: its exception surfaces below.
        }
        finally
        {
            for (var l = 1; l < lanes.Length; l++)
            {
                queues[l].CompleteAdding();
            }
            try
            {
                Task.WaitAll(workers, CancellationToken.None);
            }
            catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
            {
                // Cancelled with the caller's token, which the caller sees on its own.
            }
            finally
            {
                for (var l = 1; l < lanes.Length; l++)
                {
                    queues[l].Dispose();
                }
            }
        }
        return count;
    }

    private static void Observe(MonitoringPipeline pipeline, int[] lane, SignIn[] batch)
    {
        foreach (var detector in lane)
        {
            pipeline.ObservePrepared(detector, batch);
        }
    }

    /// <summary>Splits the detectors into lanes of about equal cost (greedy, costliest first).</summary>
    private static int[][] Lanes(MonitoringPipeline pipeline)
    {
        var n = Math.Min(DetectorLanes, pipeline.SignInDetectorCount);
        var lanes = Enumerable.Range(0, Math.Max(n, 1)).Select(_ => new List<int>()).ToArray();
        var load = new double[lanes.Length];
        var order = Enumerable.Range(0, pipeline.SignInDetectorCount)
            .OrderByDescending(i => DetectorCost.GetValueOrDefault(pipeline.SignInDetectorId(i), 1.0)).ThenBy(i => i);
        foreach (var i in order)
        {
            var target = Array.IndexOf(load, load.Min());
            lanes[target].Add(i);
            load[target] += DetectorCost.GetValueOrDefault(pipeline.SignInDetectorId(i), 1.0);
        }
        return [.. lanes.Select(l => l.ToArray())];
    }
}
