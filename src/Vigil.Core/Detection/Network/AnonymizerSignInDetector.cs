using System.Globalization;
using Vigil.Core.Events;
using Vigil.Core.Reference;

namespace Vigil.Core.Detection.Network;

/// <summary>
/// Sign-ins through anonymizers: consumer VPNs and Tor (NET-05, Astrill above all), hosting / datacenter and
/// proxy IPs (NET-07). The verdict comes from the source's flag (Okta <c>isProxy</c>, Entra
/// <c>anonymizedIPAddress</c>) or from <see cref="IIpIntelligence"/> enrichment.
/// </summary>
public sealed class AnonymizerSignInDetector(AnonymizerSignInOptions? options = null) : ISignInDetector, ISubjectStateDetector
{
    public const string Id = "anonymizer-sign-in";

    private readonly AnonymizerSignInOptions _options = options ?? new AnonymizerSignInOptions();
    private readonly Dictionary<string, State> _states = new(StringComparer.Ordinal);

    public string DetectorId => Id;

    public void CopySubjectState(string subjectKey, ISubjectStateDetector source) =>
        SubjectStates.Copy(_states, SubjectStates.Same<AnonymizerSignInDetector>(source)._states, subjectKey);

    public string SaveState() => DetectorStateJson.Save(_states);

    public void LoadState(string state)
    {
        _states.Clear();
        foreach (var (key, s) in DetectorStateJson.Load<Dictionary<string, State>>(state))
        {
            s.Providers = new Dictionary<string, int>(s.Providers, StringComparer.OrdinalIgnoreCase);
            _states[key] = s;
        }
    }

    public void Observe(SignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        if (signIn.Anonymizer == AnonymizerKind.None)
        {
            if (_states.TryGetValue(signIn.SubjectKey, out var s))
            {
                s.Total++;
            }
            else
            {
                _states[signIn.SubjectKey] = new State { SubjectId = signIn.SubjectId, Total = 1 };
            }
            return;
        }
        if (!_states.TryGetValue(signIn.SubjectKey, out var state))
        {
            state = new State { SubjectId = signIn.SubjectId };
            _states[signIn.SubjectKey] = state;
        }
        state.Total++;
        state.Anonymized++;
        if (signIn.Anonymizer > state.Strongest)
        {
            state.Strongest = signIn.Anonymizer;
        }
        var provider = signIn.AnonymizerProvider ?? signIn.AsnOrg ?? signIn.Anonymizer.ToString();
        if (state.Providers.Count < 16 || state.Providers.ContainsKey(provider))
        {
            state.Providers[provider] = state.Providers.GetValueOrDefault(provider) + 1;
        }
        if (state.Samples.Count < 3)
        {
            state.Samples.Add(signIn);
        }
        if (IsNamed(provider))
        {
            state.Named = provider;
        }
    }

    public IReadOnlyList<SubjectFinding> Complete()
    {
        var findings = new List<SubjectFinding>();
        foreach (var (key, state) in _states)
        {
            if (state.Anonymized < _options.MinSignIns)
            {
                continue;
            }
            var (indicator, weight, what) = Classify(state);
            if (weight <= 0)
            {
                continue;
            }
            var evidence = new List<Evidence>
            {
                new("anonymized sign-ins", $"{state.Anonymized.ToString(CultureInfo.InvariantCulture)} of {state.Total.ToString(CultureInfo.InvariantCulture)}"),
            };
            foreach (var (provider, count) in state.Providers.OrderByDescending(p => p.Value).Take(5))
            {
                evidence.Add(new Evidence("provider", $"{provider} ({count.ToString(CultureInfo.InvariantCulture)})"));
            }
            foreach (var s in state.Samples)
            {
                evidence.Add(new Evidence("sign-in", $"{s.At:u} from {s.Ip} ({s.Anonymizer}, {s.AnonymizerSource})", $"{s.Source}:{s.EventId}"));
            }
            var summary = state.Named is not null
                ? $"{state.Anonymized} sign-ins through {state.Named}"
                : $"{state.Anonymized} of {state.Total} sign-ins through {what}";
            findings.Add(new SubjectFinding(key, state.SubjectId, new Finding(Id, indicator, weight, summary, evidence, [])));
        }
        return findings;
    }

    private (string Indicator, double Weight, string What) Classify(State state)
    {
        if (state.Named is not null)
        {
            return ("NET-05", _options.NamedProviderWeight, state.Named);
        }
        return state.Strongest switch
        {
            AnonymizerKind.Vpn or AnonymizerKind.Tor => ("NET-05", _options.VpnWeight, state.Strongest == AnonymizerKind.Tor ? "Tor" : "a VPN"),
            AnonymizerKind.PrivateRelay => ("NET-07", _options.PrivateRelayWeight, "a privacy relay"),
            _ => ("NET-07", _options.HostingWeight, state.Strongest == AnonymizerKind.Proxy ? "a proxy" : "hosting / datacenter IPs"),
        };
    }

    private bool IsNamed(string provider)
    {
        foreach (var named in _options.NamedProviders)
        {
            if (provider.Contains(named, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private sealed class State
    {
        public Guid? SubjectId;
        public int Total;
        public int Anonymized;
        public AnonymizerKind Strongest;
        public string? Named;
        public Dictionary<string, int> Providers = new(StringComparer.OrdinalIgnoreCase);
        public List<SignIn> Samples = [];
    }
}
