using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;
using Vigil.Server.Application.Sanctions;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Server.Tests;

/// <summary>Sanctions lists versioned in storage, delta re-screening with alerts, and suppressions over HTTP.</summary>
public sealed class SanctionsTests
{
    /// <summary>A real SDN row (ent_num 17616) that the v1 fixture does not hold: v2 = fixture + this row.</summary>
    private const string RyuJinRow = "17616,\"RYU, Jin\",\"individual\",\"DPRK2\",\"KOMID official in Syria\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 07 Aug 1965; nationality Korea, North.\"";

    private static string Ofac => RepoPaths.Fixture(Path.Combine("screening", "ofac"));

    /// <summary>Copies the OFAC fixture set and adds <see cref="RyuJinRow"/> before the file's end-of-file marker.</summary>
    private static string WriteVersion2(TempDirectory temp)
    {
        var dir = Directory.CreateDirectory(temp.File("v2")).FullName;
        foreach (var f in Directory.GetFiles(Ofac))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }
        var sdn = Path.Combine(dir, "sdn.csv");
        var bytes = File.ReadAllBytes(sdn).ToList();
        if (bytes[^1] == 0x1a)
        {
            bytes.RemoveAt(bytes.Count - 1);
        }
        bytes.AddRange(Encoding.ASCII.GetBytes(RyuJinRow + "\r\n"));
        bytes.Add(0x1a);
        File.WriteAllBytes(sdn, bytes.ToArray());
        return dir;
    }

    private static async Task<Guid> AddSubjectAsync(VigilDatabase database, Guid orgId, string externalId, string name, string? wallet = null)
    {
        var id = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var subject = new Subject { Id = id, OrgId = orgId, ExternalId = externalId, FullName = name, CreatedAt = now, UpdatedAt = now, ContentHash = externalId };
        if (wallet is not null)
        {
            subject.Identifiers.Add(SubjectIdentifier.From(orgId, id, Canonicalizer.Canonicalize(IdentifierKind.CryptoWallet, wallet, new CanonicalizationContext(null, null))));
        }
        await using var db = database.CreateContext(orgId);
        db.Subjects.Add(subject);
        await db.SaveChangesAsync();
        return id;
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListStore_load_storesVersion_sameContentIsUnchanged_malformedNeverReplaces(StorageProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = new SanctionsListStore(test.Database);

        var first = await store.LoadAsync([Ofac]);
        var again = await store.LoadAsync([Ofac]);
        var bad = await store.LoadAsync([RepoPaths.Fixture(Path.Combine("screening", "un", "truncated.xml"))]);

        first.Stored.Should().BeTrue();
        first.Delta.Added.Should().HaveCount(first.Version!.EntryCount);
        again.Stored.Should().BeFalse();
        again.Unchanged.Should().BeTrue();
        bad.Stored.Should().BeFalse();
        bad.RefusedReason.Should().Contain("truncated.xml");
        var current = await store.CurrentAsync();
        current!.Version.Id.Should().Be(first.Version.Id);
        current.Entries.Should().Contain(e => e.Id == "ofac-sdn:28263" && e.Wallets.Count == 2 && e.Programs.Contains("CYBER2"));
        (await store.VersionsAsync()).Should().ContainSingle();
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListStore_newVersion_rescreensOnlyAffectedSubjects_andRaisesAlertWithSanctionsFinding(StorageProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        using var temp = new TempDirectory();
        var org = await test.Database.EnsureOrganizationAsync("acme");
        var ryu = await AddSubjectAsync(test.Database, org.Id, "app-ryu", "Jin Ryu");
        await AddSubjectAsync(test.Database, org.Id, "app-maria", "Maria Gonzalez");
        await AddSubjectAsync(test.Database, org.Id, "app-tian", "Somebody Else", wallet: "134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak");
        var store = new SanctionsListStore(test.Database);

        var v1 = await store.LoadAsync([Ofac]);
        var v2 = await store.LoadAsync([WriteVersion2(temp)]);

        v1.Rescreen!.Candidates.Should().Be(1, "only the wallet holder shares a key with v1");
        v1.Rescreen.AlertsCreated.Should().Be(1);
        v2.Delta.Added.Should().Equal("ofac-sdn:17616");
        v2.Delta.Removed.Should().BeEmpty();
        v2.Rescreen!.Candidates.Should().Be(1, "only Jin Ryu shares a name key with the added entry");
        v2.Rescreen.AlertsCreated.Should().Be(1);
        await using var db = test.Database.CreateContext(org.Id);
        var alert = await db.Alerts.SingleAsync(a => a.SubjectId == ryu);
        alert.DetectorIds.Should().Contain("sanctions-name");
        alert.IndicatorIds.Should().Contain("SAN-01");
        var finding = JsonDocument.Parse(alert.FindingsJson).RootElement.EnumerateArray().Single();
        finding.GetProperty("detector").GetString().Should().Be("sanctions-name");
        finding.GetProperty("summary").GetString().Should().Contain("ofac-sdn:17616").And.Contain("DPRK2");
        finding.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("value").GetString()).Should().Contain("DPRK2")
            .And.Contain(v => v!.StartsWith("name:", StringComparison.Ordinal));
        var walletAlert = await db.Alerts.SingleAsync(a => a.SubjectId != ryu);
        walletAlert.DetectorIds.Should().Contain("sanctions-wallet");
        walletAlert.IndicatorIds.Should().Contain("PAY-10");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SanctionsApi_suppress_isAuditedOrgScoped_removesFinding_andListsShowStatus(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var subject = await AddSubjectAsync(app.Database, app.A.OrgId, "tian-1", "Yinyin Tian");
            await new SanctionsListStore(app.Database).LoadAsync([Ofac]);
            await using (var db = app.Database.CreateContext(app.A.OrgId))
            {
                (await db.Alerts.SingleAsync(a => a.SubjectId == subject)).DetectorIds.Should().Contain("sanctions-name");
            }
            var body = JsonContent.Create(new { subject = "tian-1", entry = "ofac-sdn:28263", reason = "Different person: DOB 1990, Canadian citizen" });

            var readOnly = await app.As(app.A.ReadOnly).PostAsync("/api/suppressions", body);
            var created = await app.As(app.A.Analyst).PostAsync("/api/suppressions", body);
            var unknownEntry = await app.As(app.A.Analyst).PostAsync("/api/suppressions", JsonContent.Create(new { subject = "tian-1", entry = "ofac-sdn:1", reason = "x" }));
            var otherOrg = await app.As(app.B.Analyst).PostAsync("/api/suppressions", body);
            var noReason = await app.As(app.A.Analyst).PostAsync("/api/suppressions", JsonContent.Create(new { subject = "tian-1", entry = "ofac-sdn:28263", reason = " " }));

            readOnly.StatusCode.Should().Be(HttpStatusCode.Forbidden);
            created.StatusCode.Should().Be(HttpStatusCode.Created);
            unknownEntry.StatusCode.Should().Be(HttpStatusCode.NotFound);
            otherOrg.StatusCode.Should().Be(HttpStatusCode.NotFound, "org B has no subject tian-1");
            noReason.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            var listA = JsonDocument.Parse(await app.As(app.A.ReadOnly).GetStringAsync("/api/suppressions")).RootElement;
            var listB = JsonDocument.Parse(await app.As(app.B.ReadOnly).GetStringAsync("/api/suppressions")).RootElement;
            listA.GetArrayLength().Should().Be(1);
            listA[0].GetProperty("active").GetBoolean().Should().BeTrue();
            listA[0].GetProperty("entryId").GetString().Should().Be("ofac-sdn:28263");
            listB.GetArrayLength().Should().Be(0);
            var lists = JsonDocument.Parse(await app.As(app.A.ReadOnly).GetStringAsync("/api/lists")).RootElement;
            lists.GetProperty("stored").GetBoolean().Should().BeTrue();
            lists.GetProperty("current").GetProperty("entries").GetInt32().Should().BeGreaterThan(5);
            await using (var db = app.Database.CreateContext(app.A.OrgId))
            {
                var alert = await db.Alerts.SingleAsync(a => a.SubjectId == subject);
                alert.DetectorIds.Should().NotContain("sanctions");
                (await db.AuditEntries.CountAsync(e => e.Action == "sanctions.suppress")).Should().Be(1);
            }
            // The suppression holds across screening with the stored lists.
            var screen = await SanctionsScreens.ForOrganizationAsync(app.Database, app.A.OrgId);
            screen!.Screen(new Core.Detection.SanctionsQuery("Yinyin Tian", null, null, []) { SubjectId = subject }).Should().BeEmpty();
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }
}
