namespace Vigil.Server.Hosting;

/// <summary>Starts loading the reference data when the host starts, without holding up start-up.</summary>
internal sealed class IntelWarmup(IntelHolder holder) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = holder.Loading;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
