using System.Net;
using System.Text.Json;
using AwesomeAssertions;
using Vigil.Server.Application.Sharing;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Objects;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Sharing;

/// <summary><c>GET /api/sharing/sightings</c>: partners' sightings per indicator, for the caller's organization only.</summary>
public sealed class SharingApiTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sightings_are_listed_per_indicator_for_the_callers_organization_only(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider, runJobs: false);
        try
        {
            var ct = TestContext.Current.CancellationToken;
            (await app.CreateClient().GetAsync("/api/sharing/sightings", ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

            var at = StixTimestamp.Parse("2026-03-01T00:00:00.000Z");
            Sighting S(string observer, int count) => new()
            {
                SpecVersion = "2.1", Id = "sighting--" + StixIds.UuidV5(Guid.Empty, observer).ToString("D"), Created = at, Modified = at,
                CreatedByRef = observer, SightingOfRef = "indicator--00000000-0000-4000-8000-000000000001", Count = count,
            };
            await new SightingService(app.Database).RecordAsync(app.A.OrgId, [S("identity--b", 2), S("identity--c", 1)], "partner", ct);

            var body = await app.As(app.A.ReadOnly).GetStringAsync("/api/sharing/sightings", ct);
            var only = JsonDocument.Parse(body).RootElement.EnumerateArray().Should().ContainSingle().Subject;
            only.GetProperty("organizations").GetInt32().Should().Be(2);
            only.GetProperty("times").GetInt64().Should().Be(3);

            (await app.As(app.B.ReadOnly).GetStringAsync("/api/sharing/sightings", ct)).Should().Be("[]");
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }
}
