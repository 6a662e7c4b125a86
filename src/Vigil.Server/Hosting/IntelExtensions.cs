using Vigil.Core.Reference;
using Vigil.Server.Application.Monitoring;

namespace Vigil.Server.Hosting;

public static class IntelExtensions
{
    /// <summary>Registers the reference services (one snapshot per process, see <see cref="IntelHolder"/>):
    /// <see cref="IIpIntelligence"/>, <see cref="IRemoteAccessCatalog"/>, <see cref="IUsbDeviceCatalog"/>,
    /// <see cref="IDisposableEmailDomains"/> and the <see cref="MonitoringReferences"/> built from them.</summary>
    public static IHostApplicationBuilder AddVigilIntel(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<VigilIntelSettings>().BindConfiguration(VigilIntelSettings.Section);
        services.AddSingleton<IntelHolder>();
        services.AddHostedService<IntelWarmup>();
        services.AddSingleton<IIpIntelligence>(sp => sp.GetRequiredService<IntelHolder>().Snapshot.Ip);
        services.AddSingleton<IRemoteAccessCatalog>(sp => sp.GetRequiredService<IntelHolder>().Snapshot.RemoteAccess);
        services.AddSingleton<IUsbDeviceCatalog>(sp => sp.GetRequiredService<IntelHolder>().Snapshot.Usb);
        services.AddSingleton<IDisposableEmailDomains>(sp => sp.GetRequiredService<IntelHolder>().Snapshot.DisposableEmail);
        services.AddSingleton(sp => new MonitoringReferences(
            sp.GetRequiredService<IIpIntelligence>(), sp.GetRequiredService<IRemoteAccessCatalog>(), sp.GetRequiredService<IUsbDeviceCatalog>()));
        return builder;
    }
}
