using System.Net;
using Vigil.Core.Events;
using Vigil.Core.Reference;

namespace Vigil.Core.Detection.Payroll;

/// <summary>
/// A payroll setup or change made from a VPN, Tor, proxy or hosting IP (PAY-08), judged by
/// <see cref="IIpIntelligence"/> on the change's source IP.
/// </summary>
public sealed class PayrollChangeFromAnonymizerDetector(IIpIntelligence intelligence, PayrollChangeFromAnonymizerOptions? options = null) : IPayrollDetector, ISubjectStateDetector
{
    public const string Id = "payroll-change-from-anonymizer";

    private readonly IIpIntelligence _intelligence = intelligence ?? throw new ArgumentNullException(nameof(intelligence));
    private readonly PayrollChangeFromAnonymizerOptions _options = options ?? new PayrollChangeFromAnonymizerOptions();
    private readonly Dictionary<string, Found> _found = new(StringComparer.Ordinal);

    public string DetectorId => Id;

    public string SaveState() => DetectorStateJson.Save(_found);

    public void LoadState(string state)
    {
        _found.Clear();
        foreach (var (key, found) in DetectorStateJson.Load<Dictionary<string, Found>>(state))
        {
            _found[key] = found;
        }
    }

    public void CopySubjectState(string subjectKey, ISubjectStateDetector source) =>
        SubjectStates.Copy(_found, SubjectStates.Same<PayrollChangeFromAnonymizerDetector>(source)._found, subjectKey);

    public void Observe(PayrollChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.SourceIp is null || !IPAddress.TryParse(change.SourceIp, out var ip))
        {
            return;
        }
        var info = _intelligence.Lookup(ip);
        if (info.Anonymizer is AnonymizerKind.None or AnonymizerKind.PrivateRelay)
        {
            return;
        }
        var provider = info.Provider ?? info.AsnOrg ?? info.Anonymizer.ToString();
        if (!_found.TryGetValue(change.SubjectKey, out var entry))
        {
            entry = new Found(change.SubjectId, [], provider);
            _found[change.SubjectKey] = entry;
        }
        if (entry.Evidence.Count < 10)
        {
            entry.Evidence.Add(PayrollEvidence.Of(change));
            entry.Evidence.Add(new Evidence("source IP", $"{change.SourceIp}: {info.Anonymizer} {provider}", string.Join(",", info.Sources ?? [])));
        }
    }

    public IReadOnlyList<SubjectFinding> Complete() =>
        [.. _found.Select(f => new SubjectFinding(f.Key, f.Value.SubjectId, new Finding(Id, "PAY-08", _options.Weight,
            $"Payroll details changed from {f.Value.Provider}", f.Value.Evidence, [])))];

    private sealed record Found(Guid? SubjectId, List<Evidence> Evidence, string Provider);
}
