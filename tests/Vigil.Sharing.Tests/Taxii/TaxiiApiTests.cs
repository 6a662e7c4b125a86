using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AwesomeAssertions;
using Vigil.Sharing.Taxii;
using Vigil.Sharing.Tests.Support;
using static Vigil.Sharing.Tests.Support.TaxiiTestServer;

namespace Vigil.Sharing.Tests.Taxii;

/// <summary>Endpoint tests modelled on medallion's test_backends.py (discovery … versions, error paths).</summary>
public sealed class TaxiiApiTests : IDisposable
{
    private readonly TaxiiTestServer _server = new();
    private readonly HttpClient _client;
    private static readonly string Objects = $"{Root}collections/{Collection}/objects/";

    public TaxiiApiTests()
    {
        _client = _server.Client();
    }

    public void Dispose() => _server.Dispose();

    private async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        response.Content.Headers.ContentType!.ToString().Replace(" ", "", StringComparison.Ordinal).Should().Be(TaxiiMediaTypes.Taxii21);
        return JsonDocument.Parse(body.Length == 0 ? "{}" : body).RootElement.Clone();
    }

    private async Task<JsonElement> AddAsync(params string[] objects) =>
        await JsonAsync(await _client.PostAsync(Objects, Envelope(string.Join(",", objects))), HttpStatusCode.Accepted);

    [Fact]
    public async Task Discovery_lists_the_api_root()
    {
        var json = await JsonAsync(await _client.GetAsync("/taxii2/"));
        json.GetProperty("api_roots")[0].GetString().Should().Be(Root);
        json.GetProperty("default").GetString().Should().Be(Root);
    }

    [Fact]
    public async Task Api_root_states_version_and_max_content_length()
    {
        var json = await JsonAsync(await _client.GetAsync(Root));
        json.GetProperty("versions")[0].GetString().Should().Be(TaxiiMediaTypes.Taxii21);
        json.GetProperty("max_content_length").GetInt64().Should().Be(1024 * 1024);
    }

    [Fact]
    public async Task Missing_credentials_get_401_with_challenge()
    {
        var response = await _server.Client(token: null).GetAsync("/taxii2/");
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Select(h => h.Scheme).Should().Contain(["Basic", "Bearer"]);
    }

    [Fact]
    public async Task Wrong_token_gets_401() =>
        (await _server.Client("nope").GetAsync("/taxii2/")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Basic_credentials_are_accepted()
    {
        var client = _server.Client(token: null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("rw:pw")));
        (await client.GetAsync("/taxii2/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/taxii+json;version=2.0")]
    [InlineData("text/html")]
    public async Task Bad_accept_gets_406(string accept)
    {
        var client = _server.Client();
        client.DefaultRequestHeaders.Accept.Clear();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept);
        (await client.GetAsync("/taxii2/")).StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task Post_with_bad_content_type_gets_415()
    {
        var content = new StringContent($"{{\"objects\":[{Indicator(1)}]}}", Encoding.UTF8, "application/json");
        (await _client.PostAsync(Objects, content)).StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Oversized_post_gets_413()
    {
        using var small = new TaxiiTestServer(maxContentLength: 500);
        var response = await small.Client().PostAsync(Objects, Envelope(string.Join(",", Enumerable.Range(1, 5).Select(i => Indicator(i)))));
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_up_to_the_advertised_max_content_length_is_accepted_above_it_413_is_a_taxii_error()
    {
        // Larger than the server-wide 1 MiB body cap: the TAXII limit, which the API root advertises, must win.
        using var big = new TaxiiTestServer(maxContentLength: 3 * 1024 * 1024);
        var padding = new string('x', 1000);
        string Padded(int i) => Indicator(i).Replace("\"pattern_type\"", $"\"description\":\"{padding}\",\"pattern_type\"", StringComparison.Ordinal);
        var fits = Envelope(string.Join(",", Enumerable.Range(1, 2000).Select(Padded)));
        (await fits.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length.Should().BeInRange(2 * 1024 * 1024, 3 * 1024 * 1024);
        var status = await JsonAsync(await big.Client().PostAsync(Objects, fits, TestContext.Current.CancellationToken), HttpStatusCode.Accepted);
        status.GetProperty("success_count").GetInt32().Should().Be(2000);

        var tooBig = await big.Client().PostAsync(Objects, Envelope(string.Join(",", Enumerable.Range(1, 3500).Select(Padded))), TestContext.Current.CancellationToken);
        tooBig.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        tooBig.Content.Headers.ContentType!.MediaType.Should().Be("application/taxii+json");
    }

    [Fact]
    public async Task Match_spec_version_filters_and_unknown_version_matches_nothing()
    {
        await AddAsync(Indicator(1), Indicator(2));
        var json = await JsonAsync(await _client.GetAsync(Objects + "?match[spec_version]=2.1"));
        json.GetProperty("objects").GetArrayLength().Should().Be(2);
        var none = await JsonAsync(await _client.GetAsync(Objects + "?match[spec_version]=2.0"));
        none.TryGetProperty("objects", out _).Should().BeFalse();
        none.GetProperty("more").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Read_only_partner_cannot_post_and_sees_only_its_collection()
    {
        var ro = _server.Client("ro-token");
        (await ro.PostAsync(Objects, Envelope(Indicator(1)))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var collections = await JsonAsync(await ro.GetAsync($"{Root}collections/"));
        var only = collections.GetProperty("collections").EnumerateArray().Should().ContainSingle().Subject;
        only.GetProperty("can_read").GetBoolean().Should().BeTrue();
        only.GetProperty("can_write").GetBoolean().Should().BeFalse();
        (await ro.GetAsync($"{Root}collections/{OtherCollection}/objects/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Partner_without_rights_sees_no_collections()
    {
        var json = await JsonAsync(await _server.Client("none-token").GetAsync($"{Root}collections/"));
        json.TryGetProperty("collections", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Unknown_collection_gets_404() =>
        (await _client.GetAsync($"{Root}collections/{Guid(99)}/objects/")).StatusCode.Should().Be(HttpStatusCode.NotFound);

    [Fact]
    public async Task Post_returns_complete_status_that_can_be_fetched()
    {
        var status = await AddAsync(Indicator(1), Indicator(2), """{"type":"indicator","id":"bad"}""");

        status.GetProperty("status").GetString().Should().Be("complete");
        status.GetProperty("total_count").GetInt32().Should().Be(3);
        status.GetProperty("success_count").GetInt32().Should().Be(2);
        status.GetProperty("failure_count").GetInt32().Should().Be(1);
        var again = await JsonAsync(await _client.GetAsync($"{Root}status/{status.GetProperty("id").GetString()}/"));
        again.GetProperty("success_count").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task Adding_the_same_object_twice_stores_one_version()
    {
        await AddAsync(Indicator(1));
        var second = await AddAsync(Indicator(1));
        second.GetProperty("successes")[0].GetProperty("message").GetString().Should().Be("already present");
        var json = await JsonAsync(await _client.GetAsync(Objects + "?match[version]=all"));
        json.GetProperty("objects").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task Pagination_with_next_returns_every_object_once_in_order()
    {
        await AddAsync([.. Enumerable.Range(1, 25).Select(i => Indicator(i))]);
        var seen = new List<string>();
        string? next = null;
        var pages = 0;
        do
        {
            var response = await _client.GetAsync(Objects + "?limit=10" + (next is null ? "" : "&next=" + next));
            var json = await JsonAsync(response);
            var objects = json.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToList();
            seen.AddRange(objects);
            response.Headers.GetValues("X-TAXII-Date-Added-First").Should().ContainSingle();
            next = json.GetProperty("more").GetBoolean() ? json.GetProperty("next").GetString() : null;
            pages++;
        }
        while (next is not null);

        pages.Should().Be(3);
        seen.Should().Equal(Enumerable.Range(1, 25).Select(i => "indicator--" + Guid(i)));
    }

    [Fact]
    public async Task Added_after_last_header_continues_where_page_ended()
    {
        await AddAsync([.. Enumerable.Range(1, 7).Select(i => Indicator(i))]);
        var first = await _client.GetAsync(Objects + "?limit=4");
        var last = first.Headers.GetValues("X-TAXII-Date-Added-Last").Single();

        var rest = await JsonAsync(await _client.GetAsync(Objects + "?added_after=" + last));

        rest.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("id").GetString())
            .Should().Equal(Enumerable.Range(5, 3).Select(i => "indicator--" + Guid(i)));
        rest.GetProperty("more").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Exact_page_boundary_reports_no_more()
    {
        await AddAsync([.. Enumerable.Range(1, 10).Select(i => Indicator(i))]);
        var json = await JsonAsync(await _client.GetAsync(Objects + "?limit=10"));
        json.GetProperty("objects").GetArrayLength().Should().Be(10);
        json.GetProperty("more").GetBoolean().Should().BeFalse();
        json.TryGetProperty("next", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=-1")]
    [InlineData("limit=abc")]
    [InlineData("added_after=yesterday")]
    [InlineData("next=zzz")]
    [InlineData("match[version]=newest")]
    public async Task Bad_filter_value_gets_400(string query) =>
        (await _client.GetAsync(Objects + "?" + query)).StatusCode.Should().Be(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Versions_are_filtered_by_match_version()
    {
        await AddAsync(Indicator(1, modified: "2026-01-01T00:00:00.000Z"), Indicator(1, modified: "2026-02-01T00:00:00.000Z"), Indicator(1, modified: "2026-03-01T00:00:00.000Z"));

        async Task<List<string>> Modified(string q) => [.. (await JsonAsync(await _client.GetAsync(Objects + q))).GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("modified").GetString()!)];

        (await Modified("")).Should().Equal("2026-03-01T00:00:00.000Z");
        (await Modified("?match[version]=first")).Should().Equal("2026-01-01T00:00:00.000Z");
        (await Modified("?match[version]=all")).Should().HaveCount(3);
        (await Modified("?match[version]=2026-02-01T00:00:00.000Z")).Should().Equal("2026-02-01T00:00:00.000Z");
        (await Modified("?match[version]=first,last")).Should().HaveCount(2);

        var versions = await JsonAsync(await _client.GetAsync($"{Objects}indicator--{Guid(1)}/versions/"));
        versions.GetProperty("versions").EnumerateArray().Select(v => v.GetString())
            .Should().Equal("2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z");
    }

    [Fact]
    public async Task Older_version_added_later_does_not_become_latest()
    {
        await AddAsync(Indicator(1, modified: "2026-03-01T00:00:00.000Z"));
        await AddAsync(Indicator(1, modified: "2026-01-01T00:00:00.000Z"));
        var json = await JsonAsync(await _client.GetAsync($"{Objects}indicator--{Guid(1)}/"));
        json.GetProperty("objects")[0].GetProperty("modified").GetString().Should().Be("2026-03-01T00:00:00.000Z");
        var first = await JsonAsync(await _client.GetAsync($"{Objects}indicator--{Guid(1)}/?match[version]=first"));
        first.GetProperty("objects")[0].GetProperty("modified").GetString().Should().Be("2026-01-01T00:00:00.000Z");
    }

    [Fact]
    public async Task Match_type_and_id_filter_objects()
    {
        await AddAsync(Indicator(1), Indicator(2), """{"type":"email-addr","id":"email-addr--7165e2a9-671f-585d-b1e1-ca59c671d934","value":"john@example.com"}""");

        var byType = await JsonAsync(await _client.GetAsync(Objects + "?match[type]=email-addr"));
        byType.GetProperty("objects").EnumerateArray().Should().ContainSingle();
        var byId = await JsonAsync(await _client.GetAsync($"{Objects}?match[id]=indicator--{Guid(2)},indicator--{Guid(1)}"));
        byId.GetProperty("objects").GetArrayLength().Should().Be(2);
        var bySpec = await JsonAsync(await _client.GetAsync(Objects + "?match[spec_version]=2.0"));
        bySpec.TryGetProperty("objects", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Object_by_unknown_id_gets_404() =>
        (await _client.GetAsync($"{Objects}indicator--{Guid(42)}/")).StatusCode.Should().Be(HttpStatusCode.NotFound);

    [Fact]
    public async Task Manifest_lists_date_added_version_and_media_type()
    {
        await AddAsync(Indicator(1), Indicator(2));
        var json = await JsonAsync(await _client.GetAsync($"{Root}collections/{Collection}/manifest/?limit=1"));
        json.GetProperty("more").GetBoolean().Should().BeTrue();
        var record = json.GetProperty("objects")[0];
        record.GetProperty("id").GetString().Should().Be("indicator--" + Guid(1));
        record.GetProperty("version").GetString().Should().Be("2026-01-01T00:00:00.000Z");
        record.GetProperty("media_type").GetString().Should().Be(TaxiiMediaTypes.Stix21);
        record.GetProperty("date_added").GetString().Should().EndWith("Z");
    }

    [Fact]
    public async Task Delete_removes_the_object()
    {
        await AddAsync(Indicator(1));
        (await _client.DeleteAsync($"{Objects}indicator--{Guid(1)}/")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _client.GetAsync($"{Objects}indicator--{Guid(1)}/")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Malformed_envelope_gets_422() =>
        (await _client.PostAsync(Objects, new StringContent("[1,", Encoding.UTF8, new MediaTypeHeaderValue("application/taxii+json"))))
            .StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
}
