namespace Vigil.Storage.Jobs;

public enum ImportJobStatus
{
    Queued = 1,
    Running = 2,
    Succeeded = 3,
    Failed = 4,
}
