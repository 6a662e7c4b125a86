using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Storage.Tests;

public class BulkWriterTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 14, 15, 9, 26, 535, TimeSpan.FromHours(5.5));

    private static Subject Subject(Guid orgId, string externalId) => new()
    {
        Id = Guid.NewGuid(),
        OrgId = orgId,
        ExternalId = externalId,
        Kind = SubjectKind.Freelancer,
        Status = SubjectStatus.Active,
        FullName = "Zoë O'Brien-Łukasz 山田",
        ClaimedCountry = "PL",
        ClaimedTimezone = "Europe/Warsaw",
        DateOfBirth = new DateOnly(1991, 2, 3),
        AppliedAt = At.AddTicks(1234567),
        Position = "Backend",
        PhotoRef = "/photos/a.jpg",
        GitHub = new GitHubFacts(At.AddYears(-2), At.AddYears(-6), 12, 0, 7),
        ExtraJson = """{"k":"v"}""",
        ContentHash = "abc",
        CreatedAt = At,
        UpdatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    private static ActivityEvent Event(Guid orgId, Guid subjectId, string id) => new()
    {
        OrgId = orgId,
        SubjectId = subjectId,
        Source = "applicants",
        SourceEventId = id,
        Type = EventType.Review,
        At = At,
        Actor = "r@example.com",
        Ip = "203.0.113.9",
        DeviceId = "dev",
        UserAgent = "ua",
        Success = false,
        PayloadJson = """{"rating":5}""",
    };

    /// <summary>The bulk path binds values itself on SQLite; every stored column must be exactly what EF's own
    /// SaveChanges stores for the same entity (same text forms of GUIDs, offsets and dates, same integer enums),
    /// or queries that compare them would silently miss rows.</summary>
    [Fact]
    public async Task Sqlite_bulk_rows_are_stored_exactly_as_SaveChanges_stores_them()
    {
        await using var t = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var org = await t.Database.EnsureOrganizationAsync("acme");
        var viaEf = Subject(org.Id, "ef");
        var viaBulk = Subject(org.Id, "bulk");
        var identifier = new Identifier(IdentifierKind.PhotoHash, "ff00", "/photos/a.jpg", false, "centre:00ff");
        var noDetail = Canonicalizer.Canonicalize(IdentifierKind.Email, "A.B@Example.com");

        await using (var db = t.Database.CreateContext(org.Id))
        {
            db.Subjects.Add(viaEf);
            db.SubjectIdentifiers.AddRange(SubjectIdentifier.From(org.Id, viaEf.Id, identifier), SubjectIdentifier.From(org.Id, viaEf.Id, noDetail));
            db.SubjectDocuments.Add(new SubjectDocument { OrgId = org.Id, SubjectId = viaEf.Id, Kind = DocumentKind.CoverLetter, Text = "Dear — ✓", ContentHash = "d" });
            db.Events.AddRange(Event(org.Id, viaEf.Id, "ef/1"), new ActivityEvent { OrgId = org.Id, Source = "applicants", SourceEventId = "ef/2", At = At });
            await db.SaveChangesAsync();
        }
        await using (var db = t.Database.CreateContext(org.Id))
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await BulkWriter.InsertAsync(db, [viaBulk]);
            await BulkWriter.InsertAsync(db, [SubjectIdentifier.From(org.Id, viaBulk.Id, identifier), SubjectIdentifier.From(org.Id, viaBulk.Id, noDetail)]);
            await BulkWriter.InsertAsync(db, [new SubjectDocument { OrgId = org.Id, SubjectId = viaBulk.Id, Kind = DocumentKind.CoverLetter, Text = "Dear — ✓", ContentHash = "d" }]);
            await BulkWriter.InsertAsync(db, [Event(org.Id, viaBulk.Id, "bulk/1"), new ActivityEvent { OrgId = org.Id, Source = "applicants", SourceEventId = "bulk/2", At = At }]);
            await tx.CommitAsync();
        }

        await using var check = t.Database.CreateContext(org.Id);
        var subjects = await RowsAsync(check, "subjects", "\"ExternalId\"");
        Without(subjects[0], "Id", "ExternalId").Should().Equal(Without(subjects[1], "Id", "ExternalId"));
        var identifiers = await RowsAsync(check, "subject_identifiers", "\"Id\"");
        Without(identifiers[0], "Id", "SubjectId").Should().Equal(Without(identifiers[2], "Id", "SubjectId"));
        Without(identifiers[1], "Id", "SubjectId").Should().Equal(Without(identifiers[3], "Id", "SubjectId"));
        var documents = await RowsAsync(check, "subject_documents", "\"Id\"");
        Without(documents[0], "Id", "SubjectId").Should().Equal(Without(documents[1], "Id", "SubjectId"));
        var events = await RowsAsync(check, "events", "\"Id\"");
        Without(events[0], "Id", "SubjectId", "SourceEventId").Should().Equal(Without(events[2], "Id", "SubjectId", "SourceEventId"));
        Without(events[1], "Id", "SourceEventId").Should().Equal(Without(events[3], "Id", "SourceEventId"));
        subjects.Single(r => r["ExternalId"] == "'bulk':text")["Id"].Should().Be($"'{viaBulk.Id.ToString().ToUpperInvariant()}':text");

        // And EF reads the bulk rows back to the same values.
        var back = await check.Subjects.AsNoTracking().SingleAsync(s => s.ExternalId == "bulk");
        back.Should().BeEquivalentTo(viaBulk, o => o.Excluding(s => s.Identifiers).Excluding(s => s.Documents));
        (await check.Events.AsNoTracking().CountAsync(e => e.At == At)).Should().Be(4);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bulk_insert_failure_names_the_constraint_and_keeps_earlier_commits(StorageProvider provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var org = await t.Database.EnsureOrganizationAsync("acme");
        await using var db = t.Database.CreateContext(org.Id);
        var first = Subject(org.Id, "a1");
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await BulkWriter.InsertAsync(db, [first]);
            await tx.CommitAsync();
        }

        var duplicate = Subject(org.Id, "a1");
        var act = async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await BulkWriter.InsertAsync(db, [Subject(org.Id, "a2"), duplicate]);
            await tx.CommitAsync();
        };

        await act.Should().ThrowAsync<Exception>();
        db.ChangeTracker.Clear();
        (await db.Subjects.Select(s => s.ExternalId).ToListAsync()).Should().Equal("a1");
    }

    /// <summary>Every column of every row as SQLite's quote() renders it (type and exact text), by column name.</summary>
    private static async Task<List<Dictionary<string, string>>> RowsAsync(VigilDbContext db, string table, string orderBy)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            await using var r = await info.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                columns.Add(r.GetString(0));
            }
        }
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"quote(\"{c}\") || ':' || typeof(\"{c}\")"))} FROM \"{table}\" ORDER BY {orderBy}";
        var rows = new List<Dictionary<string, string>>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(columns.Select((c, i) => (c, v: reader.GetString(i))).ToDictionary(x => x.c, x => x.v));
        }
        return rows;
    }

    private static Dictionary<string, string> Without(Dictionary<string, string> row, params string[] keys) =>
        row.Where(kv => !keys.Contains(kv.Key)).ToDictionary();
}
