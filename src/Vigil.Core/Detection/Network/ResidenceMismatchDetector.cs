using System.Globalization;
using Vigil.Core.Events;
using Vigil.Core.Reference;

namespace Vigil.Core.Detection.Network;

/// <summary>
/// Sign-in location versus claimed residence (NET-09): most of a worker's located, non-anonymized sign-ins come
/// from a country other than the one HR has. Needs the worker's profile; unmatched logins are skipped.
/// </summary>
public sealed class ResidenceMismatchDetector(WorkerDirectory workers, ResidenceMismatchOptions? options = null) : ISignInDetector, ISubjectStateDetector
{
    public const string Id = "residence-mismatch";

    private readonly WorkerDirectory _workers = workers ?? throw new ArgumentNullException(nameof(workers));
    private readonly ResidenceMismatchOptions _options = options ?? new ResidenceMismatchOptions();
    private readonly Dictionary<string, State> _states = new(StringComparer.Ordinal);

    public string DetectorId => Id;

    public void CopySubjectState(string subjectKey, ISubjectStateDetector source) =>
        SubjectStates.Copy(_states, SubjectStates.Same<ResidenceMismatchDetector>(source)._states, subjectKey);

    public string SaveState() => DetectorStateJson.Save(_states);

    public void LoadState(string state)
    {
        _states.Clear();
        foreach (var (key, s) in DetectorStateJson.Load<Dictionary<string, State>>(state))
        {
            _states[key] = s.WithComparer();
        }
    }

    public void Observe(SignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        if (signIn.SubjectId is null || signIn.CountryCode is null || signIn.Anonymizer != AnonymizerKind.None || !signIn.Success)
        {
            return;
        }
        if (!_states.TryGetValue(signIn.SubjectKey, out var state))
        {
            var claimed = _workers.FindByKey(signIn.SubjectKey)?.ClaimedCountry;
            state = new State(signIn.SubjectId, claimed);
            _states[signIn.SubjectKey] = state;
        }
        if (state.Claimed is null)
        {
            return;
        }
        state.Located++;
        if (!string.Equals(signIn.CountryCode, state.Claimed, StringComparison.OrdinalIgnoreCase))
        {
            state.Foreign[signIn.CountryCode] = state.Foreign.GetValueOrDefault(signIn.CountryCode) + 1;
            state.ForeignTotal++;
            if (state.Sample is null)
            {
                state.Sample = $"{signIn.At:u} {signIn.City} {signIn.CountryCode} ({signIn.Ip})";
                state.SampleRef = signIn.Source + ":" + signIn.EventId;
            }
        }
    }

    public IReadOnlyList<SubjectFinding> Complete()
    {
        var findings = new List<SubjectFinding>();
        foreach (var (key, state) in _states)
        {
            if (state.Claimed is null || state.Located < _options.MinSignIns)
            {
                continue;
            }
            var share = (double)state.ForeignTotal / state.Located;
            if (share < _options.MinForeignShare)
            {
                continue;
            }
            var top = state.Foreign.OrderByDescending(f => f.Value).First();
            var evidence = new List<Evidence>
            {
                new("claimed country", state.Claimed),
                new("sign-ins outside it", string.Create(CultureInfo.InvariantCulture, $"{state.ForeignTotal} of {state.Located} ({share:P0})")),
            };
            foreach (var (country, count) in state.Foreign.OrderByDescending(f => f.Value).Take(5))
            {
                evidence.Add(new Evidence("observed country", $"{country} ({count.ToString(CultureInfo.InvariantCulture)})"));
            }
            evidence.Add(new Evidence("first such sign-in", state.Sample!, state.SampleRef));
            var summary = string.Create(CultureInfo.InvariantCulture,
                $"Claims {state.Claimed} but {share:P0} of sign-ins come from elsewhere, mostly {top.Key}");
            findings.Add(new SubjectFinding(key, state.SubjectId, new Finding(Id, "NET-09", _options.Weight, summary, evidence, [])));
        }
        return findings;
    }

    private sealed class State(Guid? subjectId, string? claimed)
    {
        public Guid? SubjectId { get; } = subjectId;
        public string? Claimed { get; } = claimed;
        public int Located;
        public int ForeignTotal;
        public Dictionary<string, int> Foreign { get; init; } = new(StringComparer.OrdinalIgnoreCase);
        public string? Sample;
        public string? SampleRef;

        /// <summary>A deserialized copy whose country counts compare ignoring case again.</summary>
        public State WithComparer() => new(SubjectId, Claimed)
        {
            Located = Located, ForeignTotal = ForeignTotal, Sample = Sample, SampleRef = SampleRef,
            Foreign = new Dictionary<string, int>(Foreign, StringComparer.OrdinalIgnoreCase),
        };
    }
}
