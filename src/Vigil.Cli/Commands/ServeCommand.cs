using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Vigil.Server;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil serve</c>: the HTTP API and the dashboard on one port.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Serve the HTTP API (/docs), the dashboard (/) and metrics (/metrics)");
        var storage = new StorageCliOptions();
        command.Options.Add(storage.Db);
        command.Options.Add(storage.Postgres);
        var urls = new Option<string>("--urls")
        {
            Description = "Address(es) to listen on, separated by ';'",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        command.Options.Add(urls);
        command.SetAction(async (result, ct) =>
        {
            var options = storage.Resolve(result);
            var app = BuildServer(options, result.GetValue(urls)!);
            Console.WriteLine($"vigil: serving {options.Describe()} on {result.GetValue(urls)} (dashboard /, API docs /docs)");
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }

    /// <summary>Builds the server for a storage choice; shared with <c>vigil demo</c>.</summary>
    public static Microsoft.AspNetCore.Builder.WebApplication BuildServer(Storage.StorageOptions options, string urls) =>
        VigilServer.Build([], builder => Configure(builder, options, urls));

    /// <summary>Points a server builder at a storage choice and listen address (also used by <c>bench paging</c>).</summary>
    public static void Configure(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder, Storage.StorageOptions options, string urls)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (options.PostgresConnectionString is { } pg)
        {
            builder.Configuration["Vigil:Storage:PostgresConnectionString"] = pg;
        }
        else
        {
            builder.Configuration["Vigil:Storage:SqlitePath"] = options.SqlitePath;
        }
        builder.Configuration["urls"] = urls;
        // One log line per request (ASP.NET Core's hosting and routing at Information) costs CPU on every call and says
        // nothing the metrics do not; warnings and errors still log. Override with Logging__LogLevel__Microsoft.AspNetCore.
        builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] ??= "Warning";
        // A long-running server loads its reference data (IP intelligence, catalogs) right away, in the background.
        builder.Configuration["Vigil:Intel:LoadAtStart"] ??= "true";
    }
}
