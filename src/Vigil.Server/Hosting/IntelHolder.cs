using Microsoft.Extensions.Options;
using Vigil.Intel.Data;

namespace Vigil.Server.Hosting;

/// <summary>
/// Loads the reference data (IP intelligence, remote-access and USB catalogs, disposable e-mail domains) once per
/// process, off the start-up path: <see cref="IntelWarmup"/> starts the load when the host starts, readiness waits
/// for it, and the first request that needs it waits for it too.
/// </summary>
public sealed class IntelHolder(IOptions<VigilIntelSettings> settings, ILogger<IntelHolder> logger) : IDisposable
{
    private readonly Lazy<Task<IntelSnapshot>> _load = new(() => Task.Run(() =>
    {
        var s = settings.Value;
        var snapshot = IntelLoader.Load(new IntelLoadOptions
        {
            DataPackagesDir = s.DataPackagesDir, IntelDir = s.IntelDir, LoadAsn = s.LoadAsn, LoadGeo = s.LoadGeo,
        });
        logger.LogInformation("Reference data loaded in {Elapsed}: {Sources} sources, {Issues} issues (data packages {Packages}, intel {IntelDir})",
            snapshot.LoadTime, snapshot.Sources.Count, snapshot.IssueCount, snapshot.DataPackagesDir ?? "none", snapshot.IntelDir);
        return snapshot;
    }));

    /// <summary>The load, started on first use.</summary>
    public Task<IntelSnapshot> Loading => _load.Value;

    /// <summary>The loaded snapshot; blocks until the load finishes.</summary>
    public IntelSnapshot Snapshot => Loading.GetAwaiter().GetResult();

    public bool IsLoaded => _load.IsValueCreated && _load.Value.IsCompletedSuccessfully;

    public void Dispose()
    {
        if (IsLoaded)
        {
            _load.Value.Result.Dispose();
        }
    }
}
