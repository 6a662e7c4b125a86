using Vigil.Core.Events;

namespace Vigil.Core.Detection.Payroll;

/// <summary>
/// Frequent changes of bank or payout details (PAY-04): at least <see cref="FrequentPayrollChangeOptions.MinChanges"/>
/// changes to different accounts within a sliding window.
/// </summary>
public sealed class FrequentPayrollChangeDetector(FrequentPayrollChangeOptions? options = null) : IPayrollDetector, ISubjectStateDetector
{
    public const string Id = "frequent-payroll-change";
    private const int MaxKept = 64;

    private readonly FrequentPayrollChangeOptions _options = options ?? new FrequentPayrollChangeOptions();
    private readonly Dictionary<string, List<PayrollChange>> _bySubject = new(StringComparer.Ordinal);

    public string DetectorId => Id;

    public string SaveState() => DetectorStateJson.Save(_bySubject);

    public void LoadState(string state)
    {
        _bySubject.Clear();
        foreach (var (key, changes) in DetectorStateJson.Load<Dictionary<string, List<PayrollChange>>>(state))
        {
            _bySubject[key] = changes;
        }
    }

    public void CopySubjectState(string subjectKey, ISubjectStateDetector source) =>
        SubjectStates.Copy(_bySubject, SubjectStates.Same<FrequentPayrollChangeDetector>(source)._bySubject, subjectKey);

    public void Observe(PayrollChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!_bySubject.TryGetValue(change.SubjectKey, out var list))
        {
            list = [];
            _bySubject[change.SubjectKey] = list;
        }
        if (list.Count < MaxKept)
        {
            list.Add(change);
        }
    }

    public IReadOnlyList<SubjectFinding> Complete()
    {
        var findings = new List<SubjectFinding>();
        foreach (var (key, list) in _bySubject)
        {
            // Re-submitting the same account is not a change of destination.
            var sorted = list.OrderBy(c => c.At).ToList();
            var changes = new List<PayrollChange>();
            foreach (var c in sorted)
            {
                if (changes.Count == 0 || !string.Equals(c.AccountKey, changes[^1].AccountKey, StringComparison.Ordinal))
                {
                    changes.Add(c);
                }
            }
            var best = (Start: 0, Count: 0);
            for (int start = 0, end = 0; end < changes.Count; end++)
            {
                while (changes[end].At - changes[start].At > _options.Window)
                {
                    start++;
                }
                if (end - start + 1 > best.Count)
                {
                    best = (start, end - start + 1);
                }
            }
            if (best.Count < _options.MinChanges)
            {
                continue;
            }
            var window = changes.Skip(best.Start).Take(best.Count).ToList();
            var evidence = window.Take(10).Select(c => PayrollEvidence.Of(c)).ToList();
            var days = (window[^1].At - window[0].At).TotalDays;
            findings.Add(new SubjectFinding(key, window[0].SubjectId ?? list.Find(c => c.SubjectId is not null)?.SubjectId,
                new Finding(Id, "PAY-04", _options.Weight, $"{best.Count} payroll destination changes within {Math.Ceiling(days)} days", evidence, [])));
        }
        return findings;
    }
}
