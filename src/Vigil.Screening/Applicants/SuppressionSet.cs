namespace Vigil.Screening.Applicants;

/// <summary>
/// The (subject, list entry) pairs analysts marked as false positives, each with the entry's content hash at the
/// time. A pair is suppressed only while the entry still has that hash: a changed entry is screened again.
/// Immutable; thread-safe.
/// </summary>
public sealed class SuppressionSet
{
    private readonly Dictionary<(Guid Subject, string Entry), string> _pairs;

    public SuppressionSet(IEnumerable<(Guid SubjectId, string EntryId, string EntryHash)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        _pairs = [];
        foreach (var (subject, entry, hash) in pairs)
        {
            _pairs[(subject, entry)] = hash;
        }
    }

    public static SuppressionSet Empty { get; } = new([]);

    public int Count => _pairs.Count;

    public bool IsSuppressed(Guid subjectId, string entryId, string currentEntryHash) =>
        _pairs.TryGetValue((subjectId, entryId), out var hash) && hash == currentEntryHash;
}
