using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Vigil.Storage;
using Vigil.Storage.Auth;
using Vigil.TestSupport;

namespace Vigil.Server.Tests;

/// <summary>The real server in memory on a test database, with two organizations and a key per role in each.</summary>
public sealed class VigilApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase _db;
    private readonly bool _runJobs;

    private VigilApp(TestDatabase db, bool runJobs)
    {
        _db = db;
        _runJobs = runJobs;
    }

    public VigilDatabase Database => _db.Database;
    public Seed A { get; private set; } = null!;
    public Seed B { get; private set; } = null!;

    public static async Task<VigilApp> StartAsync(StorageProvider provider, bool runJobs = true)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var app = new VigilApp(db, runJobs);
        app.A = await Seed.CreateAsync(db.Database, "org-a");
        app.B = await Seed.CreateAsync(db.Database, "org-b");
        return app;
    }

    /// <summary>A second server process on the same database (a separate host, its own job runner).</summary>
    public VigilApp SecondInstance(bool runJobs) => new(_db, runJobs) { A = A, B = B };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (_db.Options.PostgresConnectionString is { } pg)
        {
            builder.UseSetting("Vigil:Storage:PostgresConnectionString", pg);
        }
        else
        {
            builder.UseSetting("Vigil:Storage:SqlitePath", _db.Options.SqlitePath);
        }
        builder.UseSetting("Vigil:Server:RunJobs", _runJobs ? "true" : "false");
        builder.UseSetting("Vigil:Server:JobPollSeconds", "0.1");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Small reference data from the repository's fixtures: quick to load, same code path as the real packages.
        builder.UseSetting("Vigil:Intel:DataPackagesDir", RepoPaths.Fixture("intel/packages"));
        builder.UseSetting("Vigil:Intel:IntelDir", RepoPaths.Fixture("intel/lists"));
    }

    public HttpClient As(string key)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public async Task DisposeAllAsync()
    {
        await DisposeAsync();
        await _db.DisposeAsync();
    }
}
