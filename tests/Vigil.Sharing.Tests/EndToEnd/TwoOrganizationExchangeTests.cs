using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Cases;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;
using Vigil.Server.Application.Sharing;
using Vigil.Sharing.Export;
using Vigil.Sharing.KeyedHashing;
using Vigil.Sharing.Policy;
using Vigil.Sharing.Stix.Markings;
using Vigil.Sharing.Taxii;
using Vigil.Sharing.Tests.Support;
using Vigil.Storage;

namespace Vigil.Sharing.Tests.EndToEnd;

/// <summary>
/// Two organizations, each with its own Vigil server and database. A confirms a case and publishes; B pulls over
/// TAXII and finds that one of its own applicants holds the phone A saw, without ever receiving the number.
/// </summary>
public sealed class TwoOrganizationExchangeTests : IDisposable
{
    private readonly TaxiiTestServer _a = new("org-a");
    private readonly TaxiiTestServer _b = new("org-b");
    private readonly CommunityKeyring _community = new([CommunityKey.Generate("community-2026")]);

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
    }

    [Fact]
    public async Task Hashed_phone_seen_at_A_matches_subject_at_B_without_B_learning_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var dbA = new VigilDatabase(StorageOptions.ForSqlite(_a.DatabasePath));
        var dbB = new VigilDatabase(StorageOptions.ForSqlite(_b.DatabasePath));
        var orgA = await SeedAsync(dbA, "org-a", "A-17", "+1 (415) 555-0100", confirmed: true, ct);
        var orgB = await SeedAsync(dbB, "org-b", "B-3", "+14155550100", confirmed: false, ct);
        await SeedAsync(dbB, "org-b", "B-4", "+14155550199", confirmed: false, ct);
        var serviceA = new SharingService(dbA);
        var serviceB = new SharingService(dbB);

        // A publishes what its policy allows (hashed, confirmed only) into its own TAXII collection.
        var statuses = await serviceA.PushAsync(orgA, _a.Factory.CreateClient(), new Uri(_a.Factory.Server.BaseAddress, "/taxii2/"),
            TaxiiTestServer.Collection, TaxiiClient.Bearer("rw-token"), new SharingPolicy(), new StixExportOptions("org-a", _community), ct);
        statuses.Sum(s => s.FailureCount).Should().Be(0);
        var published = await _a.Client().GetStringAsync($"{TaxiiTestServer.Root}collections/{TaxiiTestServer.Collection}/objects/", ct);
        published.Should().Contain("x-vigil-keyed-identifier").And.NotContain("4155550100");

        // B pulls from A as a read-only partner.
        var (report, pull) = await serviceB.PullAsync(orgB, _a.Factory.CreateClient(), new Uri(_a.Factory.Server.BaseAddress, "/taxii2/"),
            TaxiiTestServer.Collection, TaxiiClient.Bearer("ro-token"), null, ct);
        report.Added.Should().Be(1);
        report.Errors.Should().BeEmpty();
        pull!.LastDateAdded.Should().NotBeNull();

        await using (var db = dbB.CreateContext(orgB))
        {
            var stored = await db.Indicators.SingleAsync(ct);
            stored.Kind.Should().Be(IdentifierKind.Phone);
            stored.Value.Should().BeNull("B only ever receives the keyed hash");
            stored.KeyedHash.Should().HaveLength(64);
            stored.Source.Should().Be("org-a");
        }

        var matches = await serviceB.MatchAsync(orgB, _community, ct);
        var match = matches.Should().ContainSingle().Subject;
        match.SubjectExternalId.Should().Be("B-3");
        match.Hashed.Should().BeTrue();
        SharingService.ToFinding(match).IndicatorId.Should().Be("SAN-03");

        // A partner without the community key cannot match the same hash.
        (await serviceB.MatchAsync(orgB, new CommunityKeyring([CommunityKey.Generate("other")]), ct)).Should().BeEmpty();

        // Pulling again adds nothing (idempotent).
        var (again, _) = await serviceB.PullAsync(orgB, _a.Factory.CreateClient(), new Uri(_a.Factory.Server.BaseAddress, "/taxii2/"),
            TaxiiTestServer.Collection, TaxiiClient.Bearer("ro-token"), null, ct);
        again.Added.Should().Be(0);
        again.Duplicates.Should().Be(1);
    }

    [Fact]
    public async Task Preview_withholds_unconfirmed_and_export_honours_marks()
    {
        var ct = TestContext.Current.CancellationToken;
        var dbA = new VigilDatabase(StorageOptions.ForSqlite(_a.DatabasePath));
        var orgA = await SeedAsync(dbA, "org-a", "A-1", "+14155550100", confirmed: false, ct);
        var service = new SharingService(dbA);

        (await service.PreviewAsync(orgA, new SharingPolicy(), ct)).Should().BeEmpty();

        await service.MarkAsync(orgA, IdentifierKind.Email, "Wallet.Owner@Example.com", include: true, exclude: false, allowRaw: true,
            TlpLevel.Green, ct);
        var decisions = await service.PreviewAsync(orgA, new SharingPolicy { HashedOnly = false }, ct);
        decisions.Should().ContainSingle().Which.Action.Should().Be(SharingAction.ShareRaw);

        var stream = new MemoryStream();
        await service.ExportStixAsync(orgA, new SharingPolicy { HashedOnly = false }, new StixExportOptions("org-a", _community), stream, ct);
        var json = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        json.Should().Contain("email-addr:value = ").And.Contain(TlpMarkings.GreenId);
    }

    private static async Task<Guid> SeedAsync(VigilDatabase database, string orgName, string externalId, string phone, bool confirmed, CancellationToken ct)
    {
        await Storage.Sharing.SharingSchema.EnsureAsync(database, ct);
        var org = await database.EnsureOrganizationAsync(orgName, cancellationToken: ct);
        await using var db = database.CreateContext(org.Id);
        var subject = new Subject { Id = Guid.NewGuid(), OrgId = org.Id, ExternalId = externalId, FullName = "Some Applicant" };
        subject.Identifiers.Add(SubjectIdentifier.From(org.Id, subject.Id, Canonicalizer.Canonicalize(IdentifierKind.Phone, phone)));
        db.Subjects.Add(subject);
        if (confirmed)
        {
            var @case = new Case { Id = Guid.NewGuid(), OrgId = org.Id, Title = "Confirmed DPRK IT worker", Disposition = Disposition.Confirmed, Status = CaseStatus.Closed };
            db.Cases.Add(@case);
            db.Alerts.Add(new Alert { Id = Guid.NewGuid(), OrgId = org.Id, SubjectId = subject.Id, CaseId = @case.Id, TopReason = "test" });
        }
        await db.SaveChangesAsync(ct);
        return org.Id;
    }
}
