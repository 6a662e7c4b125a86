using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Storage.Tests;

/// <summary>The connection pragmas are applied once per native handle; a pooled re-open must still carry them.</summary>
public sealed class SqlitePragmasTests
{
    [Fact]
    public async Task Sqlite_connection_reopened_from_the_pool_keeps_foreign_keys_mmap_and_busy_timeout()
    {
        await using var test = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        for (var round = 0; round < 3; round++)
        {
            await using var db = test.Database.CreateContext();
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            (await Pragma(db, "foreign_keys")).Should().Be(1, "round {0}", round);
            (await Pragma(db, "mmap_size")).Should().Be(268435456, "round {0}", round);
            (await Pragma(db, "busy_timeout")).Should().Be(60000, "round {0}", round);
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<long> Pragma(VigilDbContext db, string name)
    {
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = "PRAGMA " + name;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
