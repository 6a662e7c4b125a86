using System.Runtime.InteropServices;

namespace Vigil.Screening.Matching;

/// <summary>
/// A read-only string → int list map stored as one key dictionary and one flat value array (CSR). The index's
/// largest maps (one-deletion neighbourhood, ~300k keys on the full lists) are built this way: one array instead of a
/// list per key is far less to allocate, build and collect. Lookups by string or by span. Thread-safe once built.
/// </summary>
internal sealed class KeyedPostings
{
    private readonly Dictionary<string, int> _slots;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly int[] _values;

    private KeyedPostings(Dictionary<string, int> slots, int[] starts, int[] lengths, int[] values)
    {
        _slots = slots;
        _spanLookup = slots.GetAlternateLookup<ReadOnlySpan<char>>();
        _starts = starts;
        _lengths = lengths;
        _values = values;
    }

    public int Count => _slots.Count;

    /// <summary>Builds the map from parallel arrays of keys and values (entries with a null or empty key are skipped).
    /// Each key's values keep their input order; a value repeated right after itself is stored once.</summary>
    public static KeyedPostings Build(string?[] keys, int[] values, int count)
    {
        var slots = new Dictionary<string, int>(count / 2 + 1, StringComparer.Ordinal);
        var slotOf = new int[count];
        for (var i = 0; i < count; i++)
        {
            var key = keys[i];
            if (string.IsNullOrEmpty(key))
            {
                slotOf[i] = -1;
                continue;
            }
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(slots, key, out var exists);
            if (!exists)
            {
                slot = slots.Count - 1;
            }
            slotOf[i] = slot;
        }
        var starts = new int[slots.Count + 1];
        for (var i = 0; i < count; i++)
        {
            if (slotOf[i] >= 0)
            {
                starts[slotOf[i] + 1]++;
            }
        }
        for (var s = 0; s < slots.Count; s++)
        {
            starts[s + 1] += starts[s];
        }
        var lengths = new int[slots.Count];
        var flat = new int[starts[slots.Count]];
        for (var i = 0; i < count; i++)
        {
            var s = slotOf[i];
            if (s < 0)
            {
                continue;
            }
            var at = starts[s] + lengths[s];
            if (lengths[s] > 0 && flat[at - 1] == values[i])
            {
                continue;
            }
            flat[at] = values[i];
            lengths[s]++;
        }
        return new KeyedPostings(slots, starts, lengths, flat);
    }

    public bool TryGetValue(string key, out ReadOnlySpan<int> values) => Found(_slots.TryGetValue(key, out var slot), slot, out values);

    public bool TryGetValue(ReadOnlySpan<char> key, out ReadOnlySpan<int> values) => Found(_spanLookup.TryGetValue(key, out var slot), slot, out values);

    /// <summary>The slot of a key (for holding on to a hit without the span), or -1.</summary>
    public int SlotOf(string key) => _slots.TryGetValue(key, out var slot) ? slot : -1;

    public ReadOnlySpan<int> Values(int slot) => _values.AsSpan(_starts[slot], _lengths[slot]);

    private bool Found(bool found, int slot, out ReadOnlySpan<int> values)
    {
        values = found ? Values(slot) : default;
        return found;
    }
}
