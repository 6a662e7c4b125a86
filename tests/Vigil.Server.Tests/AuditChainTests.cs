using System.Net;
using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;
using Vigil.Storage.Auth;
using Vigil.TestSupport;
using static Vigil.Server.Tests.TestHttp;

namespace Vigil.Server.Tests;

/// <summary>The audit chain and its head: edited, deleted-middle and deleted-newest rows are all detected.</summary>
public sealed class AuditChainTests
{
    private static async Task<(TestDatabase Db, Guid Org)> ChainAsync(StorageProvider provider, int entries)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var org = await db.Database.EnsureOrganizationAsync("audit-org");
        await db.Database.EnsureOrganizationAsync("other-org");
        for (var i = 0; i < entries; i++)
        {
            await using var ctx = db.Database.CreateContext(org.Id);
            await AuditLog.SaveWithAuditAsync(ctx, "analyst", "case.note", "case/" + i, null, TimeProvider.System);
        }
        return (db, org.Id);
    }

    private static async Task MutateAsync(TestDatabase db, Guid org, Func<VigilDbContext, Task> change)
    {
        await using var ctx = db.Database.CreateContext(org);
        await change(ctx);
        await ctx.SaveChangesAsync();
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Audit_intact_chain_verifies_and_its_head_is_the_newest_entry(StorageProvider provider)
    {
        var (db, org) = await ChainAsync(provider, 5);
        await using var _ = db;
        var status = await AuditLog.VerifyWithHeadAsync(db.Database, org, null);
        status.Verification.IsIntact.Should().BeTrue(status.Verification.Problem);
        status.Head.Sequence.Should().Be(5);
        await using var ctx = db.Database.CreateContext(org);
        var head = await ctx.AuditHeads.SingleAsync();
        head.Sequence.Should().Be(5);
        head.Hash.Should().Be(status.Head.Hash);
        // An anchor taken earlier still verifies after more appends.
        await AuditLog.SaveWithAuditAsync(ctx, "analyst", "case.close", "case/x", null, TimeProvider.System);
        (await AuditLog.VerifyWithHeadAsync(db.Database, org, status.Head)).Verification.IsIntact.Should().BeTrue();
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Audit_tampered_row_is_detected_at_its_sequence(StorageProvider provider)
    {
        var (db, org) = await ChainAsync(provider, 5);
        await using var _ = db;
        await MutateAsync(db, org, async ctx => (await ctx.AuditEntries.SingleAsync(e => e.Sequence == 3)).Target = "case/other");
        var r = await AuditLog.VerifyAsync(db.Database, org);
        r.IsIntact.Should().BeFalse();
        r.BrokenAt.Should().Be(3);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Audit_deleted_middle_row_is_detected(StorageProvider provider)
    {
        var (db, org) = await ChainAsync(provider, 5);
        await using var _ = db;
        await MutateAsync(db, org, async ctx => ctx.AuditEntries.Remove(await ctx.AuditEntries.SingleAsync(e => e.Sequence == 2)));
        var r = await AuditLog.VerifyAsync(db.Database, org);
        r.IsIntact.Should().BeFalse();
        r.BrokenAt.Should().Be(2);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Audit_deleted_newest_rows_are_detected_by_the_head(StorageProvider provider)
    {
        var (db, org) = await ChainAsync(provider, 5);
        await using var _ = db;
        await MutateAsync(db, org, async ctx => ctx.AuditEntries.RemoveRange(await ctx.AuditEntries.Where(e => e.Sequence >= 4).ToListAsync()));
        var r = await AuditLog.VerifyAsync(db.Database, org);
        r.IsIntact.Should().BeFalse();
        r.BrokenAt.Should().Be(4);
        r.Problem.Should().Contain("newest rows were deleted");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Audit_every_row_deleted_is_detected_by_the_head(StorageProvider provider)
    {
        var (db, org) = await ChainAsync(provider, 3);
        await using var _ = db;
        await MutateAsync(db, org, async ctx => ctx.AuditEntries.RemoveRange(await ctx.AuditEntries.ToListAsync()));
        (await AuditLog.VerifyAsync(db.Database, org)).IsIntact.Should().BeFalse();
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Audit_deleted_head_row_is_detected(StorageProvider provider)
    {
        var (db, org) = await ChainAsync(provider, 3);
        await using var _ = db;
        await MutateAsync(db, org, async ctx => ctx.AuditHeads.Remove(await ctx.AuditHeads.SingleAsync()));
        var r = await AuditLog.VerifyAsync(db.Database, org);
        r.IsIntact.Should().BeFalse();
        r.Problem.Should().Contain("no head row");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Audit_tail_deleted_and_head_rewritten_is_caught_only_by_the_external_anchor(StorageProvider provider)
    {
        var (db, org) = await ChainAsync(provider, 5);
        await using var _ = db;
        var anchor = (await AuditLog.VerifyWithHeadAsync(db.Database, org, null)).Head;
        await MutateAsync(db, org, async ctx =>
        {
            ctx.AuditEntries.RemoveRange(await ctx.AuditEntries.Where(e => e.Sequence >= 4).ToListAsync());
            var third = await ctx.AuditEntries.SingleAsync(e => e.Sequence == 3);
            var head = await ctx.AuditHeads.SingleAsync();
            head.Sequence = 3;
            head.Hash = third.Hash;
        });
        (await AuditLog.VerifyAsync(db.Database, org)).IsIntact.Should().BeTrue("a consistent rewrite of the head is invisible from inside the database");
        var r = (await AuditLog.VerifyWithHeadAsync(db.Database, org, anchor)).Verification;
        r.IsIntact.Should().BeFalse();
        r.BrokenAt.Should().Be(5);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Audit_concurrent_appends_keep_one_gapless_chain_and_head(StorageProvider provider)
    {
        var (db, org) = await ChainAsync(provider, 0);
        await using var _ = db;
        await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            await using var ctx = db.Database.CreateContext(org);
            await AuditLog.SaveWithAuditAsync(ctx, "a" + i, "case.note", "case/" + i, null, TimeProvider.System);
        }));
        var status = await AuditLog.VerifyWithHeadAsync(db.Database, org, null);
        status.Verification.IsIntact.Should().BeTrue(status.Verification.Problem);
        status.Verification.Entries.Should().Be(12);
        status.Head.Sequence.Should().Be(12);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Audit_api_returns_the_head_and_checks_an_expected_one(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var admin = app.As(app.A.Admin);
            (await admin.PostAsync("/api/cases", JsonBody("""{"title":"one"}"""))).StatusCode.Should().Be(HttpStatusCode.Created);
            var first = await ReadAsync(await admin.GetAsync("/api/audit/verify"));
            first.GetProperty("isIntact").GetBoolean().Should().BeTrue();
            var head = first.GetProperty("head").GetString()!;
            head.Should().StartWith("1:");
            (await admin.PostAsync("/api/cases", JsonBody("""{"title":"two"}"""))).StatusCode.Should().Be(HttpStatusCode.Created);
            (await ReadAsync(await admin.GetAsync("/api/audit/verify?expectHead=" + head))).GetProperty("isIntact").GetBoolean().Should().BeTrue();
            (await admin.GetAsync("/api/audit/verify?expectHead=nonsense")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

            await using (var ctx = app.Database.CreateContext(app.A.OrgId))
            {
                ctx.AuditEntries.Remove(await ctx.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync());
                await ctx.SaveChangesAsync();
            }
            var broken = await ReadAsync(await admin.GetAsync("/api/audit/verify"));
            broken.GetProperty("isIntact").GetBoolean().Should().BeFalse();
            broken.GetProperty("brokenAt").GetInt64().Should().Be(2);
            (await ReadAsync(await app.As(app.B.Admin).GetAsync("/api/audit/verify"))).GetProperty("isIntact").GetBoolean().Should().BeTrue();
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }
}
