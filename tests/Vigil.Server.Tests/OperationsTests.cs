using System.Net;
using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;
using Vigil.Storage.Jobs;
using Vigil.TestSupport;
using static Vigil.Server.Tests.TestHttp;

namespace Vigil.Server.Tests;

/// <summary>Readiness, graceful shutdown, several processes on one database.</summary>
public sealed class OperationsTests
{
    [Fact]
    public async Task Health_ready_reports_the_database_and_the_loaded_reference_lists()
    {
        var app = await VigilApp.StartAsync(StorageProvider.Sqlite);
        try
        {
            var r = await app.CreateClient().GetAsync("/health/ready");
            r.StatusCode.Should().Be(HttpStatusCode.OK);
            var body = await ReadAsync(r);
            body.GetProperty("status").GetString().Should().Be("ready");
            body.GetProperty("detail").GetString().Should().Be("Sqlite");
            var lists = body.GetProperty("lists");
            lists.GetProperty("intelLoaded").GetBoolean().Should().BeTrue();
            lists.GetProperty("intelSources").GetInt32().Should().BeGreaterThan(0);
            lists.GetProperty("intelSourceNames").EnumerateArray().Select(e => e.GetString()).Should().Contain(n => n!.StartsWith("x4bnet", StringComparison.Ordinal));
            lists.GetProperty("sanctionsVersion").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "no sanctions list was loaded in this test");
            (await app.CreateClient().GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Fact]
    public async Task Subjects_view_shows_ip_intelligence_from_the_registered_reference_services()
    {
        var app = await VigilApp.StartAsync(StorageProvider.Sqlite);
        try
        {
            var services = app.Services;
            services.GetService(typeof(Core.Reference.IIpIntelligence)).Should().NotBeNull();
            services.GetService(typeof(Core.Reference.IRemoteAccessCatalog)).Should().NotBeNull();
            services.GetService(typeof(Core.Reference.IUsbDeviceCatalog)).Should().NotBeNull();
            await using (var db = app.Database.CreateContext(app.A.OrgId))
            {
                // 203.0.113.7 is in the fixture Tor exit list.
                db.Events.Add(new Core.Model.ActivityEvent { OrgId = app.A.OrgId, SubjectId = app.A.SubjectIds[0], Source = "okta", SourceEventId = "tor-1",
                    Type = Core.Model.EventType.SignIn, At = DateTimeOffset.UtcNow.AddHours(-1), Ip = "203.0.113.7" });
                await db.SaveChangesAsync();
            }
            var subject = await ReadAsync(await app.As(app.A.ReadOnly).GetAsync($"/api/subjects/{app.A.SubjectIds[0]}"));
            var ips = subject.GetProperty("activity").GetProperty("ips").EnumerateArray().ToDictionary(i => i.GetProperty("ip").GetString()!);
            ips.Keys.Should().BeEquivalentTo(["203.0.113.9", "203.0.113.7"]);
            ips["203.0.113.7"].GetProperty("anonymizer").GetString().Should().Be("Tor");
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Shutdown_finishes_the_import_job_in_flight(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            const int rows = 6000;
            var subjects = string.Join(',', Enumerable.Range(0, rows).Select(i => $$"""{"externalId":"sd-{{i}}","fullName":"Shutdown {{i}}"}"""));
            var submitted = await ReadAsync(await app.As(app.A.Ingest).PostAsync("/api/subjects/import", JsonBody($$"""{"subjects":[{{subjects}}]}""")));
            var jobId = Guid.Parse(submitted.GetProperty("id").GetString()!);
            ImportJob? job = null;
            for (var i = 0; i < 600; i++)
            {
                await using var db = app.Database.CreateContext();
                job = await db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId);
                if (job.Status != ImportJobStatus.Queued)
                {
                    break;
                }
                await Task.Delay(20);
            }
            job!.Status.Should().NotBe(ImportJobStatus.Queued);
            await app.DisposeAsync(); // stops the host while the job runs
            await using (var db = app.Database.CreateContext())
            {
                job = await db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == jobId);
                job.Status.Should().Be(ImportJobStatus.Succeeded);
                job.Processed.Should().Be(rows);
                job.LeaseOwner.Should().BeNull();
            }
            await using (var db = app.Database.CreateContext(app.A.OrgId))
            {
                (await db.Subjects.CountAsync(s => s.ExternalId.StartsWith("sd-"))).Should().Be(rows);
            }
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }
}
