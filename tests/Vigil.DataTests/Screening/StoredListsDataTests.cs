using AwesomeAssertions;
using Vigil.Cli.Commands;
using Vigil.Screening.Lists;
using Vigil.Screening.Matching;
using Vigil.Server.Application.Sanctions;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.DataTests.Screening;

/// <summary>The full real SDN + UN lists through database storage: every entry survives the JSON round trip with
/// its content hash, and the index rebuilt from storage answers like the one built from the files.</summary>
public sealed class StoredListsDataTests(ITestOutputHelper output)
{
    [Fact]
    public async Task StoredLists_fullSdnAndUn_roundTripThroughSqlite_sameHashesAndMatches()
    {
        var root = SharedData.RequireDirectory("ofac-sdn");
        var files = BenchMatchCommand.ListFiles(Path.GetDirectoryName(root)!);
        await using var test = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var store = new SanctionsListStore(test.Database);

        var started = DateTime.UtcNow;
        var outcome = await store.LoadAsync(files);
        var stored = await store.CurrentAsync();
        output.WriteLine($"stored {outcome.Version?.EntryCount} entries in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");

        outcome.Stored.Should().BeTrue(outcome.RefusedReason);
        stored!.Entries.Should().HaveCount(outcome.Loaded.Entries.Count);
        var mismatched = stored.Entries.Count(e => ListEntryHash.Compute(e) != stored.Hashes[e.Id]);
        mismatched.Should().Be(0);
        var fromFiles = WatchlistIndex.Build(outcome.Loaded.Entries);
        var fromStore = WatchlistIndex.Build(stored.Entries);
        foreach (var name in new[] { "Kim Yong Chol", "Yanbian Silverstar", "Chinyong Information Technology", "Pak Jin Hyok", "Korea Sobaeksu Trading" })
        {
            var a = fromFiles.Match(new MatchQuery { Name = name }).Select(m => (m.EntryId, m.Score));
            var b = fromStore.Match(new MatchQuery { Name = name }).Select(m => (m.EntryId, m.Score));
            b.Should().Equal(a, name);
        }
    }
}
