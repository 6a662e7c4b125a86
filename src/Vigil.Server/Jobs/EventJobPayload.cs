using Vigil.Server.Contracts;

namespace Vigil.Server.Jobs;

/// <summary>What an event upload job keeps in <c>import_jobs.PayloadJson</c> (its bytes are in
/// <see cref="UploadChunks"/>): the upload's status, rewritten as the job progresses. <see cref="Job"/> comes first
/// and is always <c>"events"</c>, so a runner tells an event job from a subject import by the payload's first bytes
/// (<see cref="EventUploadJob.IsEventJob"/>) without parsing a subject import's possibly large payload.</summary>
public sealed record EventJobPayload(string Job, EventUploadStatus Events)
{
    public const string EventsJob = "events";
}
