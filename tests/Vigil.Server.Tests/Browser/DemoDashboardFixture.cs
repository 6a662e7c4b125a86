using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Storage;
using Vigil.Storage.Auth;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Browser;

/// <summary>
/// <c>./vigil demo --no-serve</c> data (a smaller population than the default, same pipeline) served by a real Kestrel
/// server, an analyst key, and one headless Debian Chromium shared by the browser tests (it is the expensive part).
/// </summary>
public sealed class DemoDashboardFixture : IAsyncLifetime
{
    public const int Applicants = 800;
    public const int Workers = 80;

    private readonly TempDirectory _home = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;

    /// <summary>Debian's Chromium (installed by <c>./test.sh</c>); <c>VIGIL_CHROMIUM</c> overrides the path.</summary>
    public static string Chromium => Environment.GetEnvironmentVariable("VIGIL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public string? SkipReason { get; private set; }
    public string BaseUrl { get; private set; } = "";
    public string AnalystKey { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots and timings go under <c>artifacts/test</c>, which <c>./test.sh</c> keeps.</summary>
    public static string ArtifactsDirectory => Path.Combine(RepoPaths.Root, "artifacts", "test");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            SkipReason = $"{Chromium} is not installed (./test.sh installs it)";
            return;
        }
        Directory.CreateDirectory(Path.Combine(ArtifactsDirectory, "screenshots"));
        var demo = await VigilProcess.RunAsync(_home.Path, ["demo", "--no-serve", "--applicants", $"{Applicants}", "--workers", $"{Workers}"],
            timeout: TimeSpan.FromMinutes(15));
        if (demo.ExitCode != 0)
        {
            throw new InvalidOperationException("vigil demo failed: " + demo);
        }
        var dbPath = _home.File("demo.db");
        var database = new VigilDatabase(StorageOptions.ForSqlite(dbPath));
        var org = await database.EnsureOrganizationAsync("demo");
        (_, var secret) = await ApiKeys.CreateAsync(database, org.Id, "browser test", ApiRole.Analyst);
        AnalystKey = secret;
        _app = VigilServer.Build([], b =>
        {
            b.Configuration["Vigil:Storage:SqlitePath"] = dbPath;
            b.Configuration["Vigil:Lists:Path"] = _home.File("lists");
            b.Configuration["urls"] = "http://127.0.0.1:0";
            b.Configuration["Logging:LogLevel:Default"] = "Warning";
        });
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (SkipReason is null && Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _home.Dispose();
    }
}
