using Microsoft.Extensions.Hosting;
using Vigil.Core.Model;
using Vigil.Server;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>Serves the demo database until Ctrl-C.</summary>
internal static class DemoServer
{
    public static async Task<int> ServeAsync(VigilDatabase database, Organization org, string urls, CancellationToken cancellationToken)
    {
        var app = VigilServer.Build(["--urls", urls, "--Vigil:Storage:SqlitePath", database.Options.SqlitePath]);
        Console.WriteLine($"Serving {org.Name} on {urls} (Ctrl-C to stop)");
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
