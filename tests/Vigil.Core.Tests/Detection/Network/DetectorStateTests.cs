using System.Text.Json;
using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Network;
using Vigil.Core.Detection.WorkPattern;
using Vigil.Core.Events;
using Vigil.Core.Reference;
using Vigil.Core.Tests.Events;

namespace Vigil.Core.Tests.Detection.Network;

/// <summary>Incremental detection: saving a detector's state after some events and resuming in a fresh detector
/// must end exactly where one uninterrupted run over all events ends.</summary>
public sealed class DetectorStateTests
{
    private static readonly WorkerProfile[] Workers = [.. Enumerable.Range(1, 12).Select(n => Some.Worker(n))];

    private static readonly (string Country, double Lat, double Lon)[] Places =
    [
        ("US", 32.78, -96.80), ("US", 41.88, -87.63), ("GB", 51.51, -0.13), ("CN", 41.80, 123.43), ("JP", 35.68, 139.69),
    ];

    public static TheoryData<string> Detectors => new(
        AnonymizerSignInDetector.Id, ImpossibleTravelDetector.Id, NewCountryDetector.Id, ResidenceMismatchDetector.Id,
        SharedEgressDetector.Id, SharedDeviceDetector.Id, WorkingHoursDetector.Id);

    private static ISignInDetector Create(string id)
    {
        var directory = new WorkerDirectory(Workers);
        return id switch
        {
            AnonymizerSignInDetector.Id => new AnonymizerSignInDetector(),
            ImpossibleTravelDetector.Id => new ImpossibleTravelDetector(),
            NewCountryDetector.Id => new NewCountryDetector(),
            ResidenceMismatchDetector.Id => new ResidenceMismatchDetector(directory),
            SharedEgressDetector.Id => new SharedEgressDetector(),
            SharedDeviceDetector.Id => new SharedDeviceDetector(),
            _ => new WorkingHoursDetector(directory),
        };
    }

    /// <summary>Sixty days of sign-ins: a laptop farm (workers 1–3 behind one IP, 4–5 on one device), travellers
    /// (6, 7), VPN users (8, 9), a worker on UTC+9 hours (10), one always abroad (11), in time order.</summary>
    private static List<SignIn> Stream(int seed)
    {
        var random = new Random(seed);
        var list = new List<SignIn>();
        for (var day = 0; day < 60; day++)
        {
            foreach (var w in Workers)
            {
                var n = Array.IndexOf(Workers, w) + 1;
                for (var k = 0; k < 3; k++)
                {
                    var hour = n == 10 ? random.Next(0, 9) : random.Next(14, 23); // UTC+9 daytime vs US daytime
                    var at = Some.T0.Date.AddDays(day).AddHours(hour).AddMinutes(random.Next(60));
                    var place = n == 11 ? Places[3] : n is 6 or 7 && day > 20 && random.NextDouble() < 0.3 ? Places[random.Next(2, Places.Length)] : Places[n % 2];
                    var ip = n <= 3 ? "198.51.100.7" : $"203.0.113.{n * 10 + random.Next(3)}";
                    var anonymizer = n is 8 or 9 && random.NextDouble() < 0.5 ? AnonymizerKind.Vpn : AnonymizerKind.None;
                    list.Add(Some.SignIn(w, at, ip, place.Country, place.Lat, place.Lon, success: random.NextDouble() > 0.05, anonymizer,
                        anonymizer == AnonymizerKind.None ? null : "Astrill VPN", n is 4 or 5 ? "device-shared" : $"device-{n}"));
                }
            }
        }
        return [.. list.OrderBy(s => s.At)];
    }

    private static string Findings(ISignInDetector detector) =>
        JsonSerializer.Serialize(detector.Complete().OrderBy(f => f.SubjectKey, StringComparer.Ordinal).ThenBy(f => f.Finding.IndicatorId, StringComparer.Ordinal).ToList());

    [Theory, MemberData(nameof(Detectors))]
    public void Detector_resumed_from_saved_state_equals_one_uninterrupted_run(string id)
    {
        var events = Stream(5);
        var whole = Create(id);
        foreach (var e in events)
        {
            whole.Observe(e);
        }

        // Three resumptions, each through a fresh detector restored from the previous one's saved state.
        ISignInDetector current = Create(id);
        var cuts = new[] { 0, events.Count / 5, events.Count / 2, events.Count * 4 / 5, events.Count };
        for (var c = 0; c + 1 < cuts.Length; c++)
        {
            if (c > 0)
            {
                var saved = ((IStatefulDetector)current).SaveState();
                current = Create(id);
                ((IStatefulDetector)current).LoadState(saved);
            }
            foreach (var e in events.Skip(cuts[c]).Take(cuts[c + 1] - cuts[c]))
            {
                current.Observe(e);
            }
        }

        var expected = Findings(whole);
        expected.Should().NotBe("[]", "the stream plants something for every detector");
        Findings(current).Should().Be(expected);
        ((IStatefulDetector)current).SaveState().Should().Be(((IStatefulDetector)whole).SaveState());
    }

    [Theory, MemberData(nameof(Detectors))]
    public void Detector_saved_state_round_trips_unchanged(string id)
    {
        var d = Create(id);
        foreach (var e in Stream(9).Take(500))
        {
            d.Observe(e);
        }
        var saved = ((IStatefulDetector)d).SaveState();
        var restored = Create(id);
        ((IStatefulDetector)restored).LoadState(saved);

        ((IStatefulDetector)restored).SaveState().Should().Be(saved);
        Findings(restored).Should().Be(Findings(d));
    }
}
