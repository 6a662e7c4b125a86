using Vigil.Core.Events;

namespace Vigil.Core.Detection.Payroll;

/// <summary>
/// Where the salary goes: a crypto wallet or exchange (PAY-01), Payoneer / Wise and similar services (PAY-03), or
/// a bank outside the worker's claimed country, PRC-based above all (PAY-02). One finding per subject and
/// indicator, from the subject's changes.
/// </summary>
public sealed class PayoutDestinationDetector(WorkerDirectory workers, PayoutDestinationOptions? options = null) : IPayrollDetector
{
    public const string Id = "payout-destination";

    private readonly WorkerDirectory _workers = workers ?? throw new ArgumentNullException(nameof(workers));
    private readonly PayoutDestinationOptions _options = options ?? new PayoutDestinationOptions();
    private readonly Dictionary<(string Key, string Indicator), (Guid? SubjectId, double Weight, string Summary, List<Evidence> Evidence)> _found = [];

    public string DetectorId => Id;

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
        [.. _found.Select(f => new SubjectFinding(f.Key.Key, f.Value.SubjectId,
            new Finding(Id, f.Key.Indicator, f.Value.Weight, f.Value.Summary, f.Value.Evidence, [])))];

    private void Add(PayrollChange change, string indicator, double weight, string summary)
    {
        var key = (change.SubjectKey, indicator);
        if (_found.TryGetValue(key, out var existing))
        {
            if (existing.Evidence.Count < 10)
            {
                existing.Evidence.Add(PayrollEvidence.Of(change));
            }
            if (weight > existing.Weight)
            {
                _found[key] = (existing.SubjectId ?? change.SubjectId, weight, summary, existing.Evidence);
            }
            return;
        }
        _found[key] = (change.SubjectId, weight, summary, [PayrollEvidence.Of(change)]);
    }
}
