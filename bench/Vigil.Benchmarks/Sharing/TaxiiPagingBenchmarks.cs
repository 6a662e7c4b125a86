using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Builder;
using Vigil.Server;
using Vigil.Sharing.Taxii;

namespace Vigil.Benchmarks.Sharing;

/// <summary>
/// TAXII GET of a 100,000-object collection paged at 1,000 over real loopback HTTP (Kestrel + SQLite), following
/// <c>next</c> like a client. Target (issue 7): ≤ 5 s for the whole collection.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class TaxiiPagingBenchmarks
{
    private const string Collection = "91a7b528-80eb-42ed-a74d-c6fbd5a26116";
    private WebApplication? _app;
    private HttpClient _http = new();
    private string _dir = "";

    [Params(100_000)]
    public int Objects { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _dir = Path.Combine(Path.GetTempPath(), "vigil-taxii-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
        _app = VigilServer.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Storage:SqlitePath", Path.Combine(_dir, "vigil.db"),
            "--Taxii:Collections:0:Id", Collection, "--Taxii:Collections:0:Title", "bench",
            "--Taxii:Partners:0:Name", "bench", "--Taxii:Partners:0:Token", "t",
            "--Taxii:Partners:0:Read:0", "*", "--Taxii:Partners:0:Write:0", "*",
            "--Logging:LogLevel:Default", "Warning",
        ]);
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "t");
        _http.DefaultRequestHeaders.Accept.ParseAdd(TaxiiMediaTypes.Taxii21);
        for (var start = 0; start < Objects; start += 1000)
        {
            var sb = new StringBuilder("{\"objects\":[");
            for (var i = start; i < start + 1000; i++)
            {
                sb.Append(i == start ? "" : ",").Append(
                    $$"""{"type":"indicator","spec_version":"2.1","id":"indicator--00000000-0000-4000-8000-{{i:D12}}","created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","pattern":"[x-vigil-keyed-identifier:hash = '{{i:x64}}']","pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"}""");
            }
            sb.Append("]}");
            var content = new StringContent(sb.ToString(), Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(TaxiiMediaTypes.Taxii21);
            (await _http.PostAsync($"/taxii2/vigil/collections/{Collection}/objects/", content)).EnsureSuccessStatusCode();
        }
    }

    [Benchmark]
    public async Task<int> GetWholeCollectionPagedAt1000()
    {
        var client = new TaxiiClient(_http, new Uri(_http.BaseAddress!, "/taxii2/vigil/"), _http.DefaultRequestHeaders.Authorization);
        var n = 0;
        await foreach (var r in client.GetObjectsAsync(Collection, pageSize: 1000))
        {
            n += r.Success ? 1 : 0;
        }
        return n == Objects ? n : throw new InvalidOperationException($"read {n} of {Objects}");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _http.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
