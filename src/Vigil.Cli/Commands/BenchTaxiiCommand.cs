using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Sharing.KeyedHashing;
using Vigil.Sharing.Taxii;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil bench taxii</c>: starts a Vigil server on loopback with a throwaway database (or targets --url), fills a
/// collection through TAXII POSTs, then reads it all back with the Vigil TAXII client page by page. Target (issue 7):
/// 100,000 objects paged at 1,000 in ≤ 5 s.
/// </summary>
public static partial class BenchTaxiiCommand
{
    private const string Token = "bench-token";

    public static Command Create()
    {
        var cmd = new Command("taxii", "Measure TAXII 2.1 paging: fill a collection, then GET it all with the Vigil client");
        var objects = new Option<int>("--objects") { Description = "Objects to put in the collection (default 100,000)", DefaultValueFactory = _ => 100_000 };
        var page = new Option<int>("--page-size") { Description = "limit per GET (default 1,000)", DefaultValueFactory = _ => 1000 };
        var url = new Option<string?>("--url") { Description = "Bench an existing server (discovery or API root URL) instead of starting one" };
        var collection = new Option<string?>("--collection") { Description = "Collection id on --url" };
        var token = new Option<string?>("--token") { Description = "Bearer token for --url" };
        var noFill = new Option<bool>("--no-fill") { Description = "With --url: only read the collection as it is" };
        var postgres = new Option<string?>("--postgres") { Description = "Started server uses this PostgreSQL database instead of a temp SQLite file" };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON" };
        foreach (var o in new Option[] { objects, page, url, collection, token, noFill, postgres, json })
        {
            cmd.Options.Add(o);
        }
        cmd.SetAction(async (parse, ct) =>
        {
            var n = Math.Max(1, parse.GetValue(objects));
            var dir = Path.Combine(Path.GetTempPath(), $"vigil-bench-taxii-{Environment.ProcessId}");
            Microsoft.AspNetCore.Builder.WebApplication? app = null;
            try
            {
                Uri root;
                string collectionId;
                string bearer;
                if (parse.GetValue(url) is { } target)
                {
                    root = Uri.TryCreate(target, UriKind.Absolute, out var u) ? u : throw new CliException($"--url '{target}' is not an absolute URL", 2);
                    collectionId = parse.GetValue(collection) ?? throw new CliException("--url needs --collection", 2);
                    bearer = parse.GetValue(token) ?? "";
                }
                else
                {
                    Directory.CreateDirectory(dir);
                    collectionId = Guid.NewGuid().ToString("D");
                    bearer = Token;
                    var port = FreePort();
                    app = Server(parse.GetValue(postgres), Path.Combine(dir, "vigil.db"), $"http://127.0.0.1:{port}", collectionId);
                    await app.StartAsync(ct);
                    root = new Uri($"http://127.0.0.1:{port}/taxii2/");
                }
                using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
                var auth = bearer.Length > 0 ? TaxiiClient.Bearer(bearer) : null;
                var client = new TaxiiClient(http, root, auth);
                await client.ResolveApiRootAsync(ct);

                double? fillSeconds = null;
                if (!(parse.GetValue(noFill) && parse.GetValue(url) is not null))
                {
                    var sw = Stopwatch.StartNew();
                    var keyring = new CommunityKeyring([new CommunityKey("bench", new byte[32])]);
                    var statuses = await client.AddObjectsAsync(collectionId, BenchStixCommand.Generate(keyring).Take(n), batchSize: 2000, ct);
                    fillSeconds = sw.Elapsed.TotalSeconds;
                    if (statuses.Sum(s => s.FailureCount) is > 0 and var failed)
                    {
                        throw new CliException($"{failed} objects failed to store while filling", 1);
                    }
                }

                var timer = Stopwatch.StartNew();
                long read = 0;
                TaxiiPullResult? pull = null;
                await foreach (var r in client.GetObjectsAsync(collectionId, null, parse.GetValue(page), p => pull = p, ct))
                {
                    read += r.Success ? 1 : throw new CliException($"object {read}: {r.Error}", 1);
                }
                var seconds = timer.Elapsed.TotalSeconds;
                var result = new BenchTaxiiResult(read, pull?.Pages ?? 0, parse.GetValue(page), Math.Round(seconds, 3), Math.Round(read / seconds),
                    fillSeconds is { } f ? Math.Round(f, 1) : null, app is null ? root.ToString() : "started on loopback",
                    Environment.ProcessorCount, BenchStixCommand.Load());
                if (parse.GetValue(json))
                {
                    Console.WriteLine(JsonSerializer.Serialize(result, BenchTaxiiJson.Default.BenchTaxiiResult));
                }
                else
                {
                    Console.WriteLine($"GET {read:N0} objects in {result.Pages} pages of {result.PageSize}: {result.Seconds:F2} s ({result.ObjectsPerSecond:N0} objects/s); fill {result.FillSeconds:F1} s; load {result.LoadAverage}");
                }
                return 0;
            }
            finally
            {
                if (app is not null)
                {
                    await app.StopAsync(CancellationToken.None);
                    await app.DisposeAsync();
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                }
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
        });
        return cmd;
    }

    private static Microsoft.AspNetCore.Builder.WebApplication Server(string? postgres, string sqlitePath, string urls, string collectionId) =>
        Vigil.Server.VigilServer.Build([], builder =>
        {
            var c = builder.Configuration;
            if (postgres is not null)
            {
                c["Vigil:Storage:PostgresConnectionString"] = postgres;
            }
            else
            {
                c["Vigil:Storage:SqlitePath"] = sqlitePath;
            }
            c["urls"] = urls;
            c["Logging:LogLevel:Default"] = "Warning";
            c["Taxii:Organization"] = "bench-" + collectionId[..8];
            c["Taxii:Collections:0:Id"] = collectionId;
            c["Taxii:Collections:0:Title"] = "bench";
            c["Taxii:Partners:0:Name"] = "bench";
            c["Taxii:Partners:0:Token"] = Token;
            c["Taxii:Partners:0:Read:0"] = "*";
            c["Taxii:Partners:0:Write:0"] = "*";
        });

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public sealed record BenchTaxiiResult(long Objects, int Pages, int PageSize, double Seconds, double ObjectsPerSecond, double? FillSeconds,
        string Server, int ProcessorCount, string LoadAverage);

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(BenchTaxiiResult))]
    private sealed partial class BenchTaxiiJson : JsonSerializerContext;
}
