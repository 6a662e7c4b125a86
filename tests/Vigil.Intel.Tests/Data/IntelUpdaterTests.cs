using System.Net;
using AwesomeAssertions;
using Vigil.Intel.Data;
using Vigil.Intel.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Intel.Tests.Data;

public sealed class IntelUpdaterTests
{
    private static readonly IntelFeed TorFeed = IntelFeeds.Default.Single(f => f.Id == "tor:exits");
    private static readonly IntelFeed LolrmmFeed = IntelFeeds.Default.Single(f => f.Id == "lolrmm");

    [Fact]
    public async Task DownloadAsync_offline_reports_clear_error_and_keeps_previous_copy()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, IntelLayout.TorExits);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllTextAsync(target, "192.0.2.1\n", TestContext.Current.CancellationToken);
        // Port 1 on loopback: nothing listens, so the connection is refused at once, as when offline.
        var feeds = new[] { TorFeed with { Url = new Uri("http://127.0.0.1:1/torbulkexitlist") } };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        var report = await new IntelUpdater(http, TimeProvider.System).DownloadAsync(temp.Path, feeds, TestContext.Current.CancellationToken);

        report.Succeeded.Should().Be(0);
        var error = report.Feeds.Single().Error;
        error.Should().Contain("cannot reach 127.0.0.1").And.Contain("vigil intel update --from DIR");
        (await File.ReadAllTextAsync(target, TestContext.Current.CancellationToken)).Should().Be("192.0.2.1\n");
    }

    [Fact]
    public async Task DownloadAsync_stores_file_and_manifest()
    {
        using var temp = new TempDirectory();
        using var http = new HttpClient(new StubHandler(HttpStatusCode.OK, "203.0.113.7\n203.0.113.8\n"));
        var time = new FixedTime(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

        var report = await new IntelUpdater(http, time).DownloadAsync(temp.Path, [TorFeed], TestContext.Current.CancellationToken);

        report.Succeeded.Should().Be(1);
        File.ReadAllText(Path.Combine(temp.Path, IntelLayout.TorExits)).Should().Be("203.0.113.7\n203.0.113.8\n");
        var entry = IntelUpdater.ReadManifest(temp.Path).Feeds["tor:exits"];
        entry.Origin.Should().Be(TorFeed.Url.ToString());
        entry.Bytes.Should().Be(24);
        entry.StoredAt.Should().Be(time.GetUtcNow());
        entry.Sha256.Should().HaveLength(64);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html>Sign in to the Wi-Fi</html>", "lines", "HTML page")]
    [InlineData("{ \"broken\": ", "json", "not valid JSON")]
    [InlineData("", "lines", "empty file")]
    public async Task DownloadAsync_bad_content_is_rejected_and_old_copy_kept(string body, string format, string reason)
    {
        using var temp = new TempDirectory();
        var feed = (format == "json" ? LolrmmFeed : TorFeed);
        var target = Path.Combine(temp.Path, feed.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllTextAsync(target, "previous", TestContext.Current.CancellationToken);
        using var http = new HttpClient(new StubHandler(HttpStatusCode.OK, body));

        var report = await new IntelUpdater(http, TimeProvider.System).DownloadAsync(temp.Path, [feed], TestContext.Current.CancellationToken);

        report.Feeds.Single().Error.Should().Contain(reason).And.Contain("kept the previous copy");
        File.ReadAllText(target).Should().Be("previous");
    }

    [Fact]
    public async Task DownloadAsync_http_error_is_reported_per_feed()
    {
        using var temp = new TempDirectory();
        using var http = new HttpClient(new StubHandler(HttpStatusCode.NotFound, "nope"));
        var report = await new IntelUpdater(http, TimeProvider.System).DownloadAsync(temp.Path, [TorFeed, LolrmmFeed], TestContext.Current.CancellationToken);
        report.Failed.Should().Be(2);
        report.Feeds.Should().OnlyContain(f => f.Error!.Contains("HTTP 404", StringComparison.Ordinal));
    }

    [Fact]
    public void CopyFrom_local_snapshot_copies_present_feeds_and_loads()
    {
        using var temp = new TempDirectory();
        var report = new IntelUpdater(new HttpClient(), TimeProvider.System).CopyFrom(IntelFixtures.Lists, temp.Path, IntelFeeds.Default);

        report.Feeds.Where(f => f.Ok).Select(f => f.Id).Should().Contain(["tor:exits", "misp:vpn-ipv4", "x4bnet:vpn-ipv4", "lolrmm", "disposable-email:allowlist"]);
        report.Feeds.Single(f => f.Id == "misp:zscaler").Should().Match<FeedResult>(f => !f.Ok && f.Error!.StartsWith("not in", StringComparison.Ordinal));
        IntelUpdater.ReadManifest(temp.Path).Feeds.Should().ContainKey("tor:exits");

        using var intel = IntelLoader.Load(new IntelLoadOptions { IntelDir = temp.Path, DataPackagesDir = IntelFixtures.Packages });
        intel.Ip.Lookup(IPAddress.Parse("203.0.113.7")).Anonymizer.Should().Be(Core.Reference.AnonymizerKind.Tor);
    }

    [Fact]
    public void CopyFrom_missing_folder_throws_with_its_name()
    {
        var act = () => new IntelUpdater(new HttpClient(), TimeProvider.System).CopyFrom("/no/such/dir", "/tmp/x", IntelFeeds.Default);
        act.Should().Throw<DirectoryNotFoundException>().WithMessage("*/no/such/dir*");
    }

    [Fact]
    public void WithOverrides_replaces_url_and_rejects_unknown_id()
    {
        var feeds = IntelFeeds.WithOverrides(new Dictionary<string, Uri> { ["tor:exits"] = new("https://mirror.example/tor.txt") });
        feeds.Single(f => f.Id == "tor:exits").Url.Host.Should().Be("mirror.example");
        var act = () => IntelFeeds.WithOverrides(new Dictionary<string, Uri> { ["nope"] = new("https://x.example") });
        act.Should().Throw<ArgumentException>().WithMessage("*unknown feed id 'nope'*");
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
