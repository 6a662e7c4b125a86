using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Model;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Storage.Tests;

public class EventStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    private static IEnumerable<ActivityEvent> Events(int from, int count, string source = "okta") =>
        Enumerable.Range(from, count).Select(i => new ActivityEvent
        {
            Source = source,
            SourceEventId = $"evt-{i:D5}",
            Type = EventType.SignIn,
            At = Start.AddMinutes(i),
            Actor = $"worker{i % 7}@example.com",
            Ip = $"198.51.100.{i % 200}",
            Success = true,
            PayloadJson = $$"""{"n":{{i}}}""",
        });

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Append_overlapping_files_stores_each_event_id_once(StorageProvider provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var org = await t.Database.EnsureOrganizationAsync("acme");
        var store = new EventStore(t.Database);

        var first = await store.AppendAsync(org.Id, Events(0, 120), batchSize: 50);
        // Overlaps the first file by 60 events, repeats ids inside one batch, and adds another source's same ids.
        var second = await store.AppendAsync(org.Id, Events(60, 120).Concat(Events(170, 5)).Concat(Events(0, 10, "entra")), batchSize: 50);

        first.Should().Be(120);
        second.Should().Be(60 + 10);
        await using var db = t.Database.CreateContext(org.Id);
        (await db.Events.CountAsync()).Should().Be(190);
        var stored = await db.Events.SingleAsync(e => e.Source == "okta" && e.SourceEventId == "evt-00150");
        stored.OrgId.Should().Be(org.Id);
        stored.At.Should().Be(Start.AddMinutes(150));
        stored.Actor.Should().Be("worker3@example.com");
        stored.PayloadJson.Should().Be("""{"n":150}""");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Append_same_ids_in_another_organization_stores_them_there_too(StorageProvider provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var acme = await t.Database.EnsureOrganizationAsync("acme");
        var globex = await t.Database.EnsureOrganizationAsync("globex");
        var store = new EventStore(t.Database);

        (await store.AppendAsync(acme.Id, Events(0, 30))).Should().Be(30);
        (await store.AppendAsync(globex.Id, Events(0, 30))).Should().Be(30);
        (await store.AppendAsync(acme.Id, Events(0, 30))).Should().Be(0);
    }
}
