using Vigil.Core.Events;

namespace Vigil.Core.Detection.Payroll;

/// <summary>
/// Where the salary goes: a crypto wallet or exchange (PAY-01), Payoneer / Wise and similar services (PAY-03), or
/// a bank outside the worker's claimed country, PRC-based above all (PAY-02). One finding per subject and
/// indicator, from the subject's changes.
/// </summary>
public sealed class PayoutDestinationDetector(WorkerDirectory workers, PayoutDestinationOptions? options = null) : IPayrollDetector, ISubjectStateDetector
{
    public const string Id = "payout-destination";

    private readonly WorkerDirectory _workers = workers ?? throw new ArgumentNullException(nameof(workers));
    private readonly PayoutDestinationOptions _options = options ?? new PayoutDestinationOptions();
    // Subject key → indicator → what was found; serialized as the detector's state (IStatefulDetector).
    private readonly Dictionary<string, Dictionary<string, Found>> _found = new(StringComparer.Ordinal);

    public string DetectorId => Id;

    public string SaveState() => DetectorStateJson.Save(_found);

    public void LoadState(string state)
    {
        _found.Clear();
        foreach (var (key, byIndicator) in DetectorStateJson.Load<Dictionary<string, Dictionary<string, Found>>>(state))
        {
            _found[key] = new Dictionary<string, Found>(byIndicator, StringComparer.Ordinal);
        }
    }

    public void CopySubjectState(string subjectKey, ISubjectStateDetector source) =>
        SubjectStates.Copy(_found, SubjectStates.Same<PayoutDestinationDetector>(source)._found, subjectKey);

    public void Observe(PayrollChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        switch (PayoutClassifier.Classify(change, _options))
        {
            case PayoutKind.Crypto:
                Add(change, "PAY-01", _options.CryptoWeight, $"Salary redirected to crypto ({change.Provider ?? "wallet"})");
                break;
            case PayoutKind.PaymentService:
                Add(change, "PAY-03", _options.PaymentServiceWeight, $"Salary redirected to payment service {change.Provider}");
                break;
            default:
                var bankCountry = change.BankCountry ?? PayrollEvidence.IbanCountry(change.Account);
                var claimed = _workers.FindByKey(change.SubjectKey)?.ClaimedCountry;
                if (bankCountry is null)
                {
                    break;
                }
                if (_options.HighRiskBankCountries.Contains(bankCountry, StringComparer.OrdinalIgnoreCase)
                    && !string.Equals(bankCountry, claimed, StringComparison.OrdinalIgnoreCase))
                {
                    Add(change, "PAY-02", _options.HighRiskBankWeight, $"Salary redirected to a bank in {bankCountry}");
                }
                else if (claimed is not null && !string.Equals(bankCountry, claimed, StringComparison.OrdinalIgnoreCase))
                {
                    Add(change, "PAY-02", _options.ForeignBankWeight, $"Salary redirected to a bank in {bankCountry}, outside claimed {claimed}");
                }
                break;
        }
    }

    public IReadOnlyList<SubjectFinding> Complete() =>
        [.. _found.SelectMany(s => s.Value.Select(f => new SubjectFinding(s.Key, f.Value.SubjectId,
            new Finding(Id, f.Key, f.Value.Weight, f.Value.Summary, f.Value.Evidence, []))))];

    private void Add(PayrollChange change, string indicator, double weight, string summary)
    {
        if (!_found.TryGetValue(change.SubjectKey, out var byIndicator))
        {
            byIndicator = new Dictionary<string, Found>(StringComparer.Ordinal);
            _found[change.SubjectKey] = byIndicator;
        }
        if (byIndicator.TryGetValue(indicator, out var existing))
        {
            if (existing.Evidence.Count < 10)
            {
                existing.Evidence.Add(PayrollEvidence.Of(change));
            }
            if (weight > existing.Weight)
            {
                byIndicator[indicator] = new Found(existing.SubjectId ?? change.SubjectId, weight, summary, existing.Evidence);
            }
            return;
        }
        byIndicator[indicator] = new Found(change.SubjectId, weight, summary, [PayrollEvidence.Of(change)]);
    }

    private sealed record Found(Guid? SubjectId, double Weight, string Summary, List<Evidence> Evidence);
}
