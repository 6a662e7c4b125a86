using FsCheck;
using FsCheck.Fluent;
using AwesomeAssertions;
using Vigil.Core.Reference;
using Vigil.Intel.Ip;

namespace Vigil.Intel.Tests.Ip;

public sealed class AnonymizerRangesBuilderTests
{
    private static IpRange Cidr(string text) => IpKey.TryParseRange(text, out var r) ? r : throw new ArgumentException(text);

    [Fact]
    public void Build_overlapping_lists_take_strongest_kind_and_all_sources()
    {
        var ranges = new AnonymizerRangesBuilder()
            .Add(Cidr("198.51.100.0/24"), new RangeLabel(AnonymizerKind.Hosting, "Example Cloud", "a:hosting"))
            .Add(Cidr("198.51.100.128/25"), new RangeLabel(AnonymizerKind.Vpn, null, "b:vpn"))
            .Add(Cidr("198.51.100.200"), new RangeLabel(AnonymizerKind.Tor, "Tor exit", "c:tor"))
            .Build();

        ranges.Find(Key("198.51.100.1")).Should().BeEquivalentTo(new AnonymizerVerdict(AnonymizerKind.Hosting, "Example Cloud", ["a:hosting"]));
        var vpn = ranges.Find(Key("198.51.100.130"));
        vpn.Kind.Should().Be(AnonymizerKind.Vpn);
        vpn.Provider.Should().Be("Example Cloud", "an unnamed VPN range borrows the name of an overlapping list");
        vpn.Sources.Should().Equal("a:hosting", "b:vpn");
        ranges.Find(Key("198.51.100.200")).Should().BeEquivalentTo(new AnonymizerVerdict(AnonymizerKind.Tor, "Tor exit", ["a:hosting", "b:vpn", "c:tor"]));
        ranges.Find(Key("198.51.100.201")).Kind.Should().Be(AnonymizerKind.Vpn);
        ranges.Find(Key("198.51.101.0")).Should().BeSameAs(AnonymizerVerdict.None);
        ranges.V4Count.Should().Be(4, "0-127 hosting, 128-199 vpn, 200 tor, 201-255 vpn");
    }

    [Fact]
    public void Build_adjacent_ranges_with_same_verdict_merge()
    {
        var label = new RangeLabel(AnonymizerKind.Hosting, null, "x");
        var ranges = new AnonymizerRangesBuilder().Add(Cidr("192.0.2.0/25"), label).Add(Cidr("192.0.2.128/25"), label).Build();
        ranges.V4Count.Should().Be(1);
        ranges.InputRanges.Should().Be(2);
    }

    [Fact]
    public void Build_range_reaching_top_of_address_space_is_found()
    {
        var ranges = new AnonymizerRangesBuilder()
            .Add(Cidr("255.255.255.0/24"), new RangeLabel(AnonymizerKind.Proxy, null, "top"))
            .Add(Cidr("ffff::/16"), new RangeLabel(AnonymizerKind.Proxy, null, "top6"))
            .Build();
        ranges.Find(uint.MaxValue).Kind.Should().Be(AnonymizerKind.Proxy);
        ranges.Find(UInt128.MaxValue).Kind.Should().Be(AnonymizerKind.Proxy);
    }

    [Fact]
    public void Build_first_added_provider_wins_a_tie()
    {
        var ranges = new AnonymizerRangesBuilder()
            .Add(Cidr("203.0.113.0/28"), new RangeLabel(AnonymizerKind.Vpn, "Astrill VPN", "user:providers"))
            .Add(Cidr("203.0.113.0/24"), new RangeLabel(AnonymizerKind.Vpn, "Some VPN", "other"))
            .Build();
        ranges.Find(Key("203.0.113.3")).Provider.Should().Be("Astrill VPN");
        ranges.Find(Key("203.0.113.100")).Provider.Should().Be("Some VPN");
    }

    /// <summary>The merged interval map answers exactly like checking every input range (brute force).</summary>
    [Fact]
    public void Find_agrees_with_brute_force_over_random_ranges()
    {
        var kinds = new[] { AnonymizerKind.Hosting, AnonymizerKind.Proxy, AnonymizerKind.PrivateRelay, AnonymizerKind.Vpn, AnonymizerKind.Tor };
        var rangeGen =
            from start in Gen.Choose(0, 1000)
            from length in Gen.Choose(0, 200)
            from kind in Gen.Elements(kinds)
            from source in Gen.Elements("s1", "s2", "s3", "s4")
            select (Start: (uint)start, End: (uint)(start + length), Kind: kind, Source: source);
        var property = Prop.ForAll(
            Arb.From(Gen.ListOf(rangeGen).Select(l => l.ToArray())),
            Arb.From(Gen.ArrayOf(Gen.Choose(0, 1300)).Select(a => a.Select(x => (uint)x).ToArray())),
            (input, probes) =>
            {
                var builder = new AnonymizerRangesBuilder();
                foreach (var r in input)
                {
                    builder.Add(IpRange.V4(r.Start, r.End), new RangeLabel(r.Kind, null, r.Source));
                }
                var ranges = builder.Build();
                foreach (var probe in probes)
                {
                    var hits = input.Where(r => probe >= r.Start && probe <= r.End).ToArray();
                    var verdict = ranges.Find(probe);
                    var expectedKind = hits.Length == 0 ? AnonymizerKind.None : hits.Max(h => h.Kind);
                    var expectedSources = hits.Select(h => h.Source).Distinct().Order(StringComparer.Ordinal).ToArray();
                    if (verdict.Kind != expectedKind || !verdict.Sources.SequenceEqual(expectedSources))
                    {
                        return false;
                    }
                }
                return true;
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    private static uint Key(string ip) => IpKey.TryGetV4(System.Net.IPAddress.Parse(ip), out var v4, out _) ? v4 : throw new ArgumentException(ip);
}
