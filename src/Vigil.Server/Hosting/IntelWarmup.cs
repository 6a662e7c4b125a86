using Microsoft.Extensions.Options;

namespace Vigil.Server.Hosting;

/// <summary>Starts loading the reference data when the host starts (with <c>Vigil:Intel:LoadAtStart</c>), without
/// holding up start-up.</summary>
internal sealed class IntelWarmup(IntelHolder holder, IOptions<VigilIntelSettings> settings) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.Value.LoadAtStart)
        {
            _ = holder.Loading;
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
