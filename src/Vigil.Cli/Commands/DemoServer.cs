using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Vigil.Core.Model;
using Vigil.Server;
using Vigil.Storage;
using Vigil.Storage.Auth;

namespace Vigil.Cli.Commands;

/// <summary>Serves the demo database until Ctrl-C, with a fresh analyst key to sign in to the dashboard.</summary>
internal static class DemoServer
{
    public static async Task<int> ServeAsync(VigilDatabase database, Organization org, string urls, CancellationToken cancellationToken)
    {
        var (_, secret) = await ApiKeys.CreateAsync(database, org.Id, "demo analyst", ApiRole.Analyst, cancellationToken: cancellationToken);
        // Request logs would bury the login key; warnings and errors still show.
        var app = VigilServer.Build(["--urls", urls, "--Vigil:Storage:SqlitePath", database.Options.SqlitePath, "--Logging:LogLevel:Default", "Warning"]);
        await app.StartAsync(cancellationToken);
        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine($"Dashboard: [link]{Markup.Escape(urls)}[/]   API docs: {Markup.Escape(urls)}/docs");
        AnsiConsole.MarkupLine($"Sign in with this analyst key (shown once): [bold]{Markup.Escape(secret)}[/]");
        AnsiConsole.MarkupLine("Ctrl-C stops the server.");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
