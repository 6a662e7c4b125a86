namespace Vigil.Ingest.Streaming;

/// <summary>What a log parser saw: records read, records it turned into events, records it ignored on purpose
/// (event types that are not sign-ins, ThreatInsight events without a user), and bad records.</summary>
public sealed class ParseCounters
{
    public long Records { get; set; }
    public long Parsed { get; set; }
    public long Ignored { get; set; }
    public long Errors { get; set; }

    /// <summary>Counts one record that became an event (<paramref name="isSuccess"/>) or a reported error.</summary>
    public void Count(bool isSuccess)
    {
        if (isSuccess)
        {
            Parsed++;
        }
        else
        {
            Errors++;
        }
    }
}
