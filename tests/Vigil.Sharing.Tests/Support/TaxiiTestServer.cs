using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Vigil.Sharing.Taxii;
using Vigil.TestSupport;

namespace Vigil.Sharing.Tests.Support;

/// <summary>
/// A real in-process Vigil server with its own SQLite database, one organization, two collections and three
/// partners: <c>rw-token</c> (Basic rw:pw too) reads and writes everything, <c>ro-token</c> reads
/// <see cref="Collection"/> only, <c>none-token</c> has no rights.
/// </summary>
public sealed class TaxiiTestServer : IDisposable
{
    public const string Collection = "91a7b528-80eb-42ed-a74d-c6fbd5a26116";
    public const string OtherCollection = "52892447-4d7e-4f70-b94d-d7f22742ff63";
    public const string Root = "/taxii2/vigil/";

    private readonly TempDirectory _dir = new();

    public TaxiiTestServer(string organization = "org-a", long maxContentLength = 1024 * 1024, Dictionary<string, string?>? extra = null)
    {
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["Storage:SqlitePath"] = _dir.File("vigil.db"),
                ["Taxii:Organization"] = organization,
                ["Taxii:MaxContentLength"] = maxContentLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Taxii:Collections:0:Id"] = Collection,
                ["Taxii:Collections:0:Title"] = "DPRK IT-worker indicators",
                ["Taxii:Collections:0:Alias"] = "dprk-it",
                ["Taxii:Collections:1:Id"] = OtherCollection,
                ["Taxii:Collections:1:Title"] = "Sightings",
                ["Taxii:Partners:0:Name"] = "partner-rw",
                ["Taxii:Partners:0:Token"] = "rw-token",
                ["Taxii:Partners:0:Username"] = "rw",
                ["Taxii:Partners:0:Password"] = "pw",
                ["Taxii:Partners:0:Read:0"] = "*",
                ["Taxii:Partners:0:Write:0"] = "*",
                ["Taxii:Partners:1:Name"] = "partner-ro",
                ["Taxii:Partners:1:Token"] = "ro-token",
                ["Taxii:Partners:1:Read:0"] = Collection,
                ["Taxii:Partners:2:Name"] = "partner-none",
                ["Taxii:Partners:2:Token"] = "none-token",
            };
            foreach (var (k, v) in extra ?? [])
            {
                settings[k] = v;
            }
            foreach (var (k, v) in settings)
            {
                b.UseSetting(k, v);
            }
        });
    }

    public WebApplicationFactory<Program> Factory { get; }

    public string DatabasePath => _dir.File("vigil.db");

    public HttpClient Client(string? token = "rw-token")
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd(TaxiiMediaTypes.Taxii21);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    public static HttpContent Envelope(string objectsJson) =>
        new StringContent($"{{\"objects\":[{objectsJson}]}}", Encoding.UTF8, new MediaTypeHeaderValue("application/taxii+json") { Parameters = { new NameValueHeaderValue("version", "2.1") } });

    public static string Indicator(int n, string modified = "2026-01-01T00:00:00.000Z", string created = "2026-01-01T00:00:00.000Z") =>
        $$"""{"type":"indicator","spec_version":"2.1","id":"indicator--{{Guid(n)}}","created":"{{created}}","modified":"{{modified}}","pattern":"[email-addr:value = 'p{{n}}@example.com']","pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"}""";

    public static string Guid(int n) => $"00000000-0000-4000-8000-{n:D12}";

    public void Dispose()
    {
        Factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
