using AwesomeAssertions;
using Vigil.Screening.Lists;
using Vigil.Server.Dashboard;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Dashboard;

public sealed class ListFreshnessReaderTests
{
    private static readonly DateTimeOffset LoadedAt = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_without_a_store_reports_no_lists()
    {
        using var home = new TempDirectory();
        ListFreshnessReader.Read(home.File("lists"), LoadedAt).Should().BeEmpty();
    }

    [Fact]
    public void Read_after_lists_load_reports_each_source_with_entries_version_and_age()
    {
        using var home = new TempDirectory();
        var store = new ListStore(home.File("lists"));
        var outcome = store.Load([RepoPaths.Fixture("screening/un/consolidated.xml")], new FixedClock(LoadedAt));
        outcome.Stored.Should().BeTrue();

        var lists = ListFreshnessReader.Read(store.Root, LoadedAt.AddDays(3));

        lists.Select(l => l.Source).Should().Equal(outcome.Manifest!.Sources.Keys.Order(StringComparer.Ordinal));
        foreach (var l in lists)
        {
            l.Entries.Should().Be(outcome.Manifest.Sources[l.Source]).And.BePositive();
            l.StoredVersion.Should().Be(outcome.Manifest.Version);
            l.LoadedAt.Should().Be(LoadedAt);
            l.PublishedVersion.Should().Be(outcome.Manifest.ListVersions.GetValueOrDefault(l.Source));
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

    [Fact]
    public void Read_with_a_corrupt_manifest_reports_no_lists_instead_of_failing()
    {
        using var home = new TempDirectory();
        var root = home.File("lists");
        Directory.CreateDirectory(Path.Combine(root, "v1"));
        File.WriteAllText(Path.Combine(root, "current"), "v1");
        File.WriteAllText(Path.Combine(root, "v1", "manifest.json"), "{ not json");

        ListFreshnessReader.Read(root, LoadedAt).Should().BeEmpty();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
