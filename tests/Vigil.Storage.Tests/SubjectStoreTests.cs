using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Storage.Tests;

public class SubjectStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private static Subject Applicant(string id, string name, string email, string hash = "h1") => new()
    {
        ExternalId = id,
        FullName = name,
        ClaimedCountry = "US",
        DateOfBirth = new DateOnly(1990, 5, 17),
        AppliedAt = Now,
        GitHub = new GitHubFacts(Now.AddYears(-1), Now.AddYears(-5), 3, 4, 5),
        ContentHash = hash,
        Identifiers = [SubjectIdentifier.From(Guid.Empty, Guid.Empty, Canonicalizer.Canonicalize(IdentifierKind.Email, email))],
        Documents = [new SubjectDocument { Kind = DocumentKind.Resume, Text = "Senior engineer", ContentHash = "d" }],
    };

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Upsert_new_subjects_stores_them_with_identifiers_and_documents(StorageProvider provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var org = await t.Database.EnsureOrganizationAsync("acme");
        var store = new SubjectStore(t.Database);

        var result = await store.UpsertAsync(org.Id, [Applicant("a1", "Ann Lee", "Ann.Lee@GoogleMail.com"), Applicant("a2", "Bo Kim", "bo@example.com")]);

        result.Should().Be(new SubjectImportResult(2, 0, 0));
        await using var db = t.Database.CreateContext(org.Id);
        var ann = await db.Subjects.Include(s => s.Identifiers).Include(s => s.Documents).SingleAsync(s => s.ExternalId == "a1");
        ann.FullName.Should().Be("Ann Lee");
        ann.DateOfBirth.Should().Be(new DateOnly(1990, 5, 17));
        ann.AppliedAt.Should().Be(Now);
        ann.GitHub!.Followers.Should().Be(3);
        ann.Identifiers.Should().ContainSingle().Which.Value.Should().Be("annlee@gmail.com");
        ann.Documents.Should().ContainSingle().Which.Text.Should().Be("Senior engineer");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Upsert_same_content_twice_changes_nothing(StorageProvider provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var org = await t.Database.EnsureOrganizationAsync("acme");
        var store = new SubjectStore(t.Database);
        await store.UpsertAsync(org.Id, [Applicant("a1", "Ann Lee", "ann@example.com")]);

        var again = await store.UpsertAsync(org.Id, [Applicant("a1", "Ann Lee", "ann@example.com")]);

        again.Should().Be(new SubjectImportResult(0, 0, 1));
        await using var db = t.Database.CreateContext(org.Id);
        (await db.Subjects.CountAsync()).Should().Be(1);
        (await db.SubjectIdentifiers.CountAsync()).Should().Be(1);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Upsert_changed_content_replaces_identifiers_under_the_same_id(StorageProvider provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var org = await t.Database.EnsureOrganizationAsync("acme");
        var store = new SubjectStore(t.Database);
        await store.UpsertAsync(org.Id, [Applicant("a1", "Ann Lee", "ann@example.com")]);
        Guid firstId;
        await using (var db0 = t.Database.CreateContext(org.Id))
        {
            firstId = (await db0.Subjects.SingleAsync()).Id;
        }

        var result = await store.UpsertAsync(org.Id, [Applicant("a1", "Ann Lee", "ann.lee@example.org", hash: "h2")]);

        result.Should().Be(new SubjectImportResult(0, 1, 0));
        await using var db = t.Database.CreateContext(org.Id);
        var ann = await db.Subjects.Include(s => s.Identifiers).SingleAsync();
        ann.Id.Should().Be(firstId);
        ann.Identifiers.Select(i => i.Value).Should().Equal("ann.lee@example.org");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Scoped_context_never_sees_another_organizations_rows(StorageProvider provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var acme = await t.Database.EnsureOrganizationAsync("acme");
        var globex = await t.Database.EnsureOrganizationAsync("globex");
        var store = new SubjectStore(t.Database);
        await store.UpsertAsync(acme.Id, [Applicant("a1", "Ann Lee", "ann@example.com")]);
        await store.UpsertAsync(globex.Id, [Applicant("a1", "Other Ann", "other@example.com"), Applicant("g2", "Gus", "gus@example.com")]);

        await using var db = t.Database.CreateContext(acme.Id);

        (await db.Subjects.Select(s => s.FullName).ToListAsync()).Should().Equal("Ann Lee");
        (await db.SubjectIdentifiers.CountAsync(i => i.Value == "other@example.com")).Should().Be(0);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Upsert_with_duplicate_ids_in_one_batch_keeps_the_last(StorageProvider provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var org = await t.Database.EnsureOrganizationAsync("acme");

        var result = await new SubjectStore(t.Database).UpsertAsync(org.Id, [Applicant("a1", "First", "a@example.com"), Applicant("a1", "Second", "b@example.com", "h2")]);

        result.Added.Should().Be(1);
        await using var db = t.Database.CreateContext(org.Id);
        (await db.Subjects.SingleAsync()).FullName.Should().Be("Second");
    }
}
