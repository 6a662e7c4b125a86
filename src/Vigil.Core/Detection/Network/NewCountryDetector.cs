using System.Globalization;
using Vigil.Core.Events;
using Vigil.Core.Reference;

namespace Vigil.Core.Detection.Network;

/// <summary>
/// Sign-in from a country the subject had not used during a learning period (NET-01, as Entra's <c>newCountry</c>
/// and Sentinel's "Authentication Attempt from New Country"). The learning period ends at the earliest of
/// 14 days after the first sign-in or the 10th sign-in. Anonymized sign-ins are ignored: their country is the exit's.
/// </summary>
/// <remarks>
/// Order-independent: per subject it keeps the first time each country was seen and the earliest
/// <see cref="NewCountryOptions.LearningSignIns"/> sign-in times, and decides when the stream ends.
/// </remarks>
public sealed class NewCountryDetector(NewCountryOptions? options = null) : ISignInDetector, ISubjectStateDetector
{
    public const string Id = "new-country";

    private readonly NewCountryOptions _options = options ?? new NewCountryOptions();
    private readonly Dictionary<string, State> _states = new(StringComparer.Ordinal);

    public string DetectorId => Id;

    public void CopySubjectState(string subjectKey, ISubjectStateDetector source) =>
        SubjectStates.Copy(_states, SubjectStates.Same<NewCountryDetector>(source)._states, subjectKey);

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
        if (signIn.CountryCode is null || signIn.Anonymizer != AnonymizerKind.None || !signIn.Success)
        {
            return;
        }
        if (!_states.TryGetValue(signIn.SubjectKey, out var state))
        {
            state = new State(signIn.SubjectId);
            _states[signIn.SubjectKey] = state;
        }
        state.AddTime(signIn.At, _options.LearningSignIns);
        if (!state.Countries.TryGetValue(signIn.CountryCode, out var first) || signIn.At < first.At)
        {
            state.Countries[signIn.CountryCode] = new FirstSeen(signIn.At, signIn.Ip, signIn.City, signIn.Source + ":" + signIn.EventId);
        }
    }

    public IReadOnlyList<SubjectFinding> Complete()
    {
        var findings = new List<SubjectFinding>();
        foreach (var (key, state) in _states)
        {
            if (state.Earliest.Count == 0)
            {
                continue;
            }
            var learningEnd = state.Earliest[0] + _options.LearningPeriod;
            if (state.Earliest.Count >= _options.LearningSignIns && state.Earliest[^1] < learningEnd)
            {
                learningEnd = state.Earliest[^1];
            }
            var known = new List<string>();
            var fresh = new List<(string Country, FirstSeen Seen)>();
            foreach (var (country, seen) in state.Countries)
            {
                if (seen.At <= learningEnd)
                {
                    known.Add(country);
                }
                else
                {
                    fresh.Add((country, seen));
                }
            }
            if (fresh.Count == 0 || known.Count == 0)
            {
                continue;
            }
            fresh.Sort((a, b) => a.Seen.At.CompareTo(b.Seen.At));
            var evidence = new List<Evidence>
            {
                new("countries during learning", string.Join(", ", known.Order(StringComparer.Ordinal))),
                new("learning period ended", learningEnd.ToString("u", CultureInfo.InvariantCulture)),
            };
            foreach (var (country, seen) in fresh.Take(5))
            {
                evidence.Add(new Evidence("new country", $"{country} first at {seen.At:u} from {seen.Ip} {seen.City}".TrimEnd(), seen.Reference));
            }
            var summary = $"Sign-in from new country {string.Join(", ", fresh.Select(f => f.Country))} after learning {string.Join(", ", known.Order(StringComparer.Ordinal))}";
            findings.Add(new SubjectFinding(key, state.SubjectId, new Finding(Id, "NET-01", _options.Weight, summary, evidence, [])));
        }
        return findings;
    }

    private readonly record struct FirstSeen(DateTimeOffset At, string? Ip, string? City, string Reference);

    private sealed class State(Guid? subjectId)
    {
        public Guid? SubjectId { get; } = subjectId;
        public Dictionary<string, FirstSeen> Countries { get; init; } = new(StringComparer.Ordinal);

        /// <summary>The earliest sign-in times, ascending, at most the learning count.</summary>
        public List<DateTimeOffset> Earliest { get; init; } = [];

        public void AddTime(DateTimeOffset at, int keep)
        {
            if (Earliest.Count >= keep && at >= Earliest[^1])
            {
                return;
            }
            var i = Earliest.BinarySearch(at);
            Earliest.Insert(i < 0 ? ~i : i, at);
            if (Earliest.Count > keep)
            {
                Earliest.RemoveAt(Earliest.Count - 1);
            }
        }
    }
}
