using Vigil.Storage;

namespace Vigil.Server.Hosting;

/// <summary>Applies migrations before the server accepts requests (hosted services start before Kestrel).</summary>
internal sealed class StorageMigrator(VigilDatabase database, ILogger<StorageMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        logger.LogInformation("Storage ready at {Storage}", database.Options.Describe());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
