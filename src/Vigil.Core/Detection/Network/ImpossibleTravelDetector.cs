using System.Globalization;
using Vigil.Core.Events;
using Vigil.Core.Reference;

namespace Vigil.Core.Detection.Network;

/// <summary>
/// Impossible travel (NET-01): two consecutive located sign-ins of one subject whose great-circle distance needs
/// more than <see cref="ImpossibleTravelOptions.MaxSpeedKmh"/>. Anonymized hops (VPN, Tor, hosting, relays) are
/// excluded: their location is the exit's, not the user's. Hops under 50 km or 10 minutes are downgraded
/// (geo-IP noise, per Panther's tuning).
/// </summary>
/// <remarks>
/// Each subject keeps a small time-ordered window of located sign-ins, so input that is sorted either way (Okta
/// pages may be newest first) or slightly shuffled is compared with its true neighbours; memory is bounded by the
/// window. Failed sign-ins count: an attacker's failed attempt from abroad is still a location.
/// </remarks>
public sealed class ImpossibleTravelDetector(ImpossibleTravelOptions? options = null) : ISignInDetector, ISubjectStateDetector
{
    public const string Id = "impossible-travel";

    private readonly ImpossibleTravelOptions _options = options ?? new ImpossibleTravelOptions();
    private readonly Dictionary<string, State> _states = new(StringComparer.Ordinal);

    public string DetectorId => Id;

    public void CopySubjectState(string subjectKey, ISubjectStateDetector source) =>
        SubjectStates.Copy(_states, SubjectStates.Same<ImpossibleTravelDetector>(source)._states, subjectKey);

    public string SaveState() => DetectorStateJson.Save(_states);

    public void LoadState(string state)
    {
        _states.Clear();
        foreach (var (key, s) in DetectorStateJson.Load<Dictionary<string, State>>(state))
        {
            _states[key] = s;
        }
    }

    public void Observe(SignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        if (!signIn.HasLocation || signIn.Anonymizer != AnonymizerKind.None)
        {
            return;
        }
        if (!_states.TryGetValue(signIn.SubjectKey, out var state))
        {
            state = new State(signIn.SubjectId);
            _states[signIn.SubjectKey] = state;
        }
        var point = new Point(signIn.At, signIn.Latitude!.Value, signIn.Longitude!.Value, signIn.Ip, signIn.CountryCode, signIn.City, signIn.Source, signIn.EventId);
        var window = state.Window;
        var index = window.Count;
        while (index > 0 && window[index - 1].At > point.At)
        {
            index--;
        }
        if (index > 0)
        {
            Check(state, window[index - 1], point);
        }
        if (index < window.Count)
        {
            Check(state, point, window[index]);
        }
        window.Insert(index, point);
        if (window.Count > _options.WindowPerSubject)
        {
            // Drop the end farther from where events are arriving, so sorted input of either order keeps working.
            window.RemoveAt(index >= window.Count / 2 ? 0 : window.Count - 1);
        }
    }

    public IReadOnlyList<SubjectFinding> Complete()
    {
        var findings = new List<SubjectFinding>();
        foreach (var (key, state) in _states)
        {
            if (state.Hops.Count == 0)
            {
                continue;
            }
            var strong = state.StrongHops > 0;
            var evidence = new List<Evidence>();
            foreach (var hop in state.Hops)
            {
                evidence.Add(new Evidence(
                    hop.Downgraded ? "hop (downgraded)" : "impossible hop",
                    string.Create(CultureInfo.InvariantCulture,
                        $"{Describe(hop.From)} → {Describe(hop.To)}: {hop.DistanceKm:F0} km in {hop.Minutes:F0} min = {hop.SpeedKmh:F0} km/h"),
                    hop.To.Reference));
            }
            var total = state.StrongHops + state.WeakHops;
            var summary = strong
                ? $"{total} impossible travel hop(s), fastest {state.Hops.Max(h => h.SpeedKmh).ToString("F0", CultureInfo.InvariantCulture)} km/h"
                : $"{total} short impossible hop(s), likely geo-IP noise";
            findings.Add(new SubjectFinding(key, state.SubjectId,
                new Finding(Id, "NET-01", strong ? _options.Weight : _options.DowngradedWeight, summary, evidence, [])));
        }
        return findings;
    }

    private void Check(State state, Point earlier, Point later)
    {
        if (string.Equals(earlier.Ip, later.Ip, StringComparison.Ordinal))
        {
            return; // Same IP, different geo answer: a geo database artefact, not travel.
        }
        var km = GeoMath.DistanceKm(earlier.Lat, earlier.Lon, later.Lat, later.Lon);
        var hours = (later.At - earlier.At).TotalHours;
        var speed = hours <= 0 ? double.PositiveInfinity : km / hours;
        if (speed <= _options.MaxSpeedKmh || km < 1)
        {
            return;
        }
        var downgraded = km < _options.MinDistanceKm || later.At - earlier.At < _options.MinInterval;
        if (downgraded)
        {
            state.WeakHops++;
        }
        else
        {
            state.StrongHops++;
        }
        var hop = new Hop(earlier, later, km, hours * 60, speed, downgraded);
        // Keep the strongest few as evidence: full-confidence first, then the fastest.
        state.Hops.Add(hop);
        if (state.Hops.Count > 5)
        {
            state.Hops.Sort((a, b) => a.Downgraded != b.Downgraded ? a.Downgraded.CompareTo(b.Downgraded) : b.SpeedKmh.CompareTo(a.SpeedKmh));
            state.Hops.RemoveAt(state.Hops.Count - 1);
        }
    }

    private static string Describe(Point p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.At:u} {p.City ?? p.Country ?? $"{p.Lat:F2},{p.Lon:F2}"} ({p.Ip})");

    private readonly record struct Point(DateTimeOffset At, double Lat, double Lon, string? Ip, string? Country, string? City, string Source, string EventId)
    {
        public string Reference => Source + ":" + EventId;
    }

    private readonly record struct Hop(Point From, Point To, double DistanceKm, double Minutes, double SpeedKmh, bool Downgraded);

    private sealed class State(Guid? subjectId)
    {
        public Guid? SubjectId { get; } = subjectId;
        public List<Point> Window { get; init; } = [];
        public List<Hop> Hops { get; init; } = [];
        public int StrongHops;
        public int WeakHops;
    }
}
