using System.Text.Json;
using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Identifiers;
using Vigil.Server.Application.Import;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Application.Import;

/// <summary>The pipelined import (reader task parsing and mapping chunks while the previous chunk is written) on files
/// that span several chunks: idempotence, "last occurrence wins" across chunks, overlapping files, bad rows.</summary>
public class ApplicantImporterTests
{
    /// <summary>More than two of the importer's 5,000-record chunks.</summary>
    private const int Records = 12_000;

    private static string Line(int i, string? name = null, string? email = null)
    {
        var record = new Dictionary<string, object?>
        {
            ["id"] = $"A{i:D6}",
            ["full_name"] = name ?? $"Person {i}",
            ["emails"] = new[] { email ?? $"person{i}@example.com" },
            ["claimed_country"] = "US",
            ["applied_at"] = "2025-03-13T10:03:23Z",
        };
        if (i % 3 == 0)
        {
            record["reviews"] = new[] { new { at = "2025-01-02T03:04:05Z", rating = 5, reviewer = $"r{i}" } };
        }
        return JsonSerializer.Serialize(record);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_of_a_multi_chunk_file_twice_stores_it_once_with_bad_rows_named_and_the_last_duplicate_kept(StorageProvider provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        using var dir = new TempDirectory();
        var org = await t.Database.EnsureOrganizationAsync("acme");
        var lines = Enumerable.Range(1, Records).Select(i => Line(i)).ToList();
        lines[6999] = "{\"id\":\"A007000\",\"full_name\":\"Bad\",\"date_of_birth\":\"02/04/1991\"}"; // line 7000, chunk 2
        lines[11_499] = "not json"; // line 11,500, chunk 3
        lines.Add(Line(42, "Renamed Later", "later@example.com")); // A000042 again in the last chunk: this one wins
        var file = dir.File("applicants.jsonl");
        await File.WriteAllLinesAsync(file, lines);
        var importer = new ApplicantImporter(t.Database);

        var first = await importer.ImportAsync(org.Id, file);
        var second = await importer.ImportAsync(org.Id, file);

        first.Read.Should().Be(Records + 1);
        first.Rejected.Should().Be(2);
        first.Errors.Select(e => (e.Line, e.Field)).Should().Equal((7000L, "date_of_birth"), (11_500L, null));
        first.Errors.Should().OnlyContain(e => e.File == file);
        first.Subjects.Added.Should().Be(Records - 2);
        first.Subjects.Updated.Should().Be(1, "the later A000042 replaces the one written in the first chunk");
        var events = (Records - 2) + Enumerable.Range(1, Records).Count(i => i % 3 == 0 && i != 7000 && i != 11_500);
        first.EventsAdded.Should().Be(events);
        // A000042 appears twice with different content, so each occurrence replaces the other again (same stored state).
        second.Subjects.Should().Be(new SubjectImportResult(0, 2, Records - 3));
        second.EventsAdded.Should().Be(0);

        await using var db = t.Database.CreateContext(org.Id);
        (await db.Subjects.CountAsync()).Should().Be(Records - 2);
        (await db.Events.CountAsync()).Should().Be(events);
        var renamed = await db.Subjects.Include(s => s.Identifiers).SingleAsync(s => s.ExternalId == "A000042");
        renamed.FullName.Should().Be("Renamed Later");
        renamed.Identifiers.Where(i => i.Kind == IdentifierKind.Email).Select(i => i.Value).Should().Equal("later@example.com");
        (await db.SubjectIdentifiers.CountAsync()).Should().Be((Records - 2) * 2, "a name and an email each, none left over from the replaced row");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_of_an_overlapping_file_adds_new_replaces_changed_and_keeps_the_rest(StorageProvider provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        using var dir = new TempDirectory();
        var org = await t.Database.EnsureOrganizationAsync("acme");
        var a = dir.File("a.jsonl");
        var b = dir.File("b.jsonl");
        await File.WriteAllLinesAsync(a, Enumerable.Range(1, 6000).Select(i => Line(i)));
        // b overlaps a on 5001–6000 (5901–6000 changed) and adds 6001–7000.
        await File.WriteAllLinesAsync(b, Enumerable.Range(5001, 2000).Select(i => i is > 5900 and <= 6000 ? Line(i, email: $"new{i}@example.com") : Line(i)));
        var importer = new ApplicantImporter(t.Database);

        await importer.ImportAsync(org.Id, a);
        var overlap = await importer.ImportAsync(org.Id, b);

        overlap.Subjects.Should().Be(new SubjectImportResult(1000, 100, 900));
        await using var db = t.Database.CreateContext(org.Id);
        (await db.Subjects.CountAsync()).Should().Be(7000);
        (await db.SubjectIdentifiers.CountAsync(i => i.Kind == IdentifierKind.Email && i.Value.StartsWith("new"))).Should().Be(100);
        (await db.SubjectIdentifiers.CountAsync(i => i.Kind == IdentifierKind.Email)).Should().Be(7000, "a changed subject's old email is gone");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_cancelled_midway_leaves_whole_chunks_and_a_rerun_completes_it(StorageProvider provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        using var dir = new TempDirectory();
        var org = await t.Database.EnsureOrganizationAsync("acme");
        var file = dir.File("applicants.jsonl");
        await File.WriteAllLinesAsync(file, Enumerable.Range(1, Records).Select(i => Line(i)));
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(n =>
        {
            if (n >= 5000)
            {
                cancel.Cancel();
            }
        });

        var act = () => new ApplicantImporter(t.Database).ImportAsync(org.Id, file, progress, cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        await using (var db = t.Database.CreateContext(org.Id))
        {
            ((await db.Subjects.CountAsync()) % 5000).Should().Be(0, "chunks commit whole");
        }
        var rerun = await new ApplicantImporter(t.Database).ImportAsync(org.Id, file);
        rerun.Subjects.Total.Should().Be(Records);
        await using var check = t.Database.CreateContext(org.Id);
        (await check.Subjects.CountAsync()).Should().Be(Records);
    }

    /// <summary>Reports on the caller's thread (<see cref="Progress{T}"/> posts to the thread pool, too late to cancel).</summary>
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
