using System.Collections.Concurrent;
using Vigil.Core.Events;
using Vigil.Ingest.Common;

namespace Vigil.Server.Application.Monitoring;

/// <summary>
/// Runs parsing and enrich + detect on two threads: the caller's thread parses into batches of sign-ins, a
/// second thread feeds them to the <see cref="MonitoringPipeline"/> (which stays single-threaded). Parsing is the
/// larger cost, so on two cores the run goes at about the parser's own speed. A bounded queue of batches keeps
/// memory flat: at most <see cref="QueuedBatches"/> × <see cref="BatchSize"/> sign-ins are in flight.
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
}
