using Vigil.Core.Detection.Network;
using Vigil.Core.Events;

namespace Vigil.Core.Detection.Payroll;

/// <summary>
/// One payout account (bank account, payment-service account, wallet) set as the salary destination of several
/// workers (PAY-05). Accounts compare on their canonical key, so an IBAN written with spaces or a Payoneer email in
/// another case still matches.
/// </summary>
/// <remarks>Order-independent (incremental detection feeds it files in any order): per account and worker it keeps the
/// worker's earliest change to it.</remarks>
public sealed class SharedPayoutAccountDetector(SharedPayoutAccountOptions? options = null) : IPayrollDetector, IStatefulDetector
{
    public const string Id = "shared-payout-account";

    private readonly SharedPayoutAccountOptions _options = options ?? new SharedPayoutAccountOptions();
    private readonly Dictionary<string, Dictionary<string, PayrollChange>> _byAccount = new(StringComparer.Ordinal);
    private readonly SubjectIndex _subjects = new();

    public string DetectorId => Id;

    public string SaveState() => DetectorStateJson.Save(new PayoutState(_byAccount, _subjects));

    public void LoadState(string state)
    {
        var loaded = DetectorStateJson.Load<PayoutState>(state);
        _byAccount.Clear();
        foreach (var (account, holders) in loaded.ByAccount)
        {
            _byAccount[account] = new Dictionary<string, PayrollChange>(holders, StringComparer.Ordinal);
        }
        _subjects.ReplaceWith(loaded.Subjects);
    }

    public void Observe(PayrollChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _subjects.Note(change.SubjectKey, change.SubjectId);
        if (!_byAccount.TryGetValue(change.AccountKey, out var holders))
        {
            holders = new Dictionary<string, PayrollChange>(StringComparer.Ordinal);
            _byAccount[change.AccountKey] = holders;
        }
        if (holders.TryGetValue(change.SubjectKey, out var kept))
        {
            if (change.At < kept.At || change.At == kept.At && string.CompareOrdinal(change.EventId, kept.EventId) < 0)
            {
                holders[change.SubjectKey] = change;
            }
        }
        else if (holders.Count < 64)
        {
            holders[change.SubjectKey] = change;
        }
    }

    public IReadOnlyList<SubjectFinding> Complete()
    {
        var findings = new List<SubjectFinding>();
        // Account order, not first-seen order, so the findings do not depend on the order changes arrived in.
        foreach (var (_, holders) in _byAccount.Where(a => a.Value.Count >= 2).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var keys = holders.Keys.Order(StringComparer.Ordinal).ToList();
            foreach (var key in keys)
            {
                var evidence = new List<Evidence> { PayrollEvidence.Of(holders[key], "this worker's change") };
                evidence.AddRange(keys.Where(k => !string.Equals(k, key, StringComparison.Ordinal)).Take(10)
                    .Select(k => PayrollEvidence.Of(holders[k], $"same account, worker {k}")));
                findings.Add(new SubjectFinding(key, _subjects.IdOf(key), new Finding(Id, "PAY-05", _options.Weight,
                    $"Payout account {PayrollEvidence.Mask(holders[key].Account)} is also used by {keys.Count - 1} other worker(s)",
                    evidence, _subjects.IdsOf(keys, key))));
            }
        }
        return findings;
    }

    private sealed record PayoutState(Dictionary<string, Dictionary<string, PayrollChange>> ByAccount, SubjectIndex Subjects);
}
