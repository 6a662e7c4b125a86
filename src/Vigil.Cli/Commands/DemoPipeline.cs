using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>The screening and monitoring steps of <c>vigil demo</c>, after import.</summary>
internal static class DemoPipeline
{
    public static Task RunAsync(VigilDatabase database, Guid orgId, string dataDirectory, CancellationToken cancellationToken)
    {
        _ = (database, orgId, dataDirectory, cancellationToken);
        return Task.CompletedTask;
    }
}
