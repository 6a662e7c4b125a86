using AwesomeAssertions;
using Vigil.Server.Application.Sanctions;
using Vigil.Server.Dashboard;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Dashboard;

public sealed class ListFreshnessReaderTests
{
    private static readonly DateTimeOffset LoadedAt = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Read_without_stored_lists_reports_no_lists(StorageProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var db = test.Database.CreateContext(Guid.NewGuid());

        (await ListFreshnessReader.ReadAsync(db, LoadedAt)).Should().BeEmpty();
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Read_after_lists_load_reports_each_source_with_entries_version_and_age(StorageProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var outcome = await new SanctionsListStore(test.Database, new FixedClock(LoadedAt)).LoadAsync([RepoPaths.Fixture("screening/un/consolidated.xml")]);
        outcome.Stored.Should().BeTrue();
        var expected = outcome.Loaded.Entries.GroupBy(e => e.Source).ToDictionary(g => g.Key, g => g.Count());

        // Lists are global reference data: any organization's overview sees them.
        await using var db = test.Database.CreateContext(Guid.NewGuid());
        var lists = await ListFreshnessReader.ReadAsync(db, LoadedAt.AddDays(3));

        lists.Select(l => l.Source).Should().Equal(expected.Keys.Order(StringComparer.Ordinal));
        foreach (var l in lists)
        {
            l.Entries.Should().Be(expected[l.Source]).And.BePositive();
            l.StoredVersion.Should().Be(outcome.Version!.Label);
            l.LoadedAt.Should().Be(LoadedAt);
            // Age counts from the publication date the file states, else from the load (3 days ago).
            if (l.PublishedVersion is null)
            {
                l.AgeDays.Should().Be(3);
            }
            else
            {
                l.AgeDays.Should().Be(Math.Round((LoadedAt.AddDays(3) - DateTimeOffset.Parse(l.PublishedVersion, System.Globalization.CultureInfo.InvariantCulture)).TotalDays, 1));
            }
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
