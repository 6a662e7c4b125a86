using System.Text.Json.Serialization;
using Vigil.Core.Events;

namespace Vigil.Core.Detection.Network;

/// <summary>Remembers each subject key's subject id, so findings can carry it. Shared helper for detectors.</summary>
internal sealed class SubjectIndex
{
    // Serialized with detector state (IStatefulDetector).
    [JsonInclude]
    private Dictionary<string, Guid?> _ids = new(StringComparer.Ordinal);

    /// <summary>Replaces this index's entries with <paramref name="other"/>'s (restoring saved state).</summary>
    public void ReplaceWith(SubjectIndex other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _ids = new Dictionary<string, Guid?>(other._ids, StringComparer.Ordinal);
    }

    public void Note(string key, Guid? subjectId)
    {
        if (!_ids.TryGetValue(key, out var known) || known is null && subjectId is not null)
        {
            _ids[key] = subjectId;
        }
    }

    public Guid? IdOf(string key) => _ids.GetValueOrDefault(key);

    public IReadOnlyList<Guid> IdsOf(IEnumerable<string> keys, string except)
    {
        var list = new List<Guid>();
        foreach (var key in keys)
        {
            if (!string.Equals(key, except, StringComparison.Ordinal) && IdOf(key) is Guid id)
            {
                list.Add(id);
            }
        }
        return list;
    }
}
