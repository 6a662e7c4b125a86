using System.Numerics;

namespace Vigil.Intel.Ip;

/// <summary>
/// Collects labelled ranges from any number of lists, then <see cref="Build"/> sweeps them once into disjoint
/// stretches. Where lists overlap, the stretch's verdict merges every label (strongest class wins, provider names
/// from labels added earlier win ties, so add curated tables first). Not thread-safe; the result is.
/// </summary>
public sealed class AnonymizerRangesBuilder
{
    private readonly List<RangeLabel> _labels = [];
    private readonly Dictionary<RangeLabel, int> _labelIds = [];
    private readonly List<(uint Start, uint End, int Label)> _v4 = [];
    private readonly List<(UInt128 Start, UInt128 End, int Label)> _v6 = [];

    public int Count => _v4.Count + _v6.Count;

    public AnonymizerRangesBuilder Add(IpRange range, RangeLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (!_labelIds.TryGetValue(label, out var id))
        {
            id = _labels.Count;
            _labels.Add(label);
            _labelIds.Add(label, id);
        }
        if (range.IsV4)
        {
            _v4.Add((range.Start4, range.End4, id));
        }
        else
        {
            _v6.Add((range.Start, range.End, id));
        }
        return this;
    }

    public AnonymizerRanges Build()
    {
        var verdicts = new List<AnonymizerVerdict>();
        var verdictIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var v4 = Sweep(_v4, verdicts, verdictIds);
        var v6 = Sweep(_v6, verdicts, verdictIds);
        return new AnonymizerRanges(v4, v6, [.. verdicts], Count);
    }

    private RangeTable<TKey> Sweep<TKey>(List<(TKey Start, TKey End, int Label)> ranges, List<AnonymizerVerdict> verdicts, Dictionary<string, int> verdictIds)
        where TKey : struct, IBinaryInteger<TKey>, IMinMaxValue<TKey>
    {
        // Boundary events: a label opens at start and closes after end. A range ending at the top of the address
        // space never closes (end + 1 would wrap).
        var events = new List<(TKey Position, int Label, bool Opens)>(ranges.Count * 2);
        foreach (var (start, end, label) in ranges)
        {
            events.Add((start, label, true));
            if (end != TKey.MaxValue)
            {
                events.Add((end + TKey.One, label, false));
            }
        }
        events.Sort((a, b) => a.Position.CompareTo(b.Position));

        var active = new SortedDictionary<int, int>();
        var starts = new List<TKey>();
        var ends = new List<TKey>();
        var values = new List<int>();
        var key = new System.Text.StringBuilder();
        var i = 0;
        while (i < events.Count)
        {
            var position = events[i].Position;
            for (; i < events.Count && events[i].Position == position; i++)
            {
                var (_, label, opens) = events[i];
                active.TryGetValue(label, out var count);
                count += opens ? 1 : -1;
                if (count == 0)
                {
                    active.Remove(label);
                }
                else
                {
                    active[label] = count;
                }
            }
            if (active.Count == 0)
            {
                continue;
            }
            var segmentEnd = i < events.Count ? events[i].Position - TKey.One : TKey.MaxValue;
            key.Clear();
            foreach (var label in active.Keys)
            {
                key.Append(label).Append(',');
            }
            var keyText = key.ToString();
            if (!verdictIds.TryGetValue(keyText, out var verdictId))
            {
                verdictId = verdicts.Count;
                var labels = new List<RangeLabel>(active.Count);
                foreach (var label in active.Keys)
                {
                    labels.Add(_labels[label]);
                }
                verdicts.Add(AnonymizerVerdict.Merge(labels));
                verdictIds.Add(keyText, verdictId);
            }
            // Adjacent stretches with the same verdict become one, keeping the table small.
            if (starts.Count > 0 && values[^1] == verdictId && ends[^1] + TKey.One == position)
            {
                ends[^1] = segmentEnd;
            }
            else
            {
                starts.Add(position);
                ends.Add(segmentEnd);
                values.Add(verdictId);
            }
        }
        return new RangeTable<TKey>([.. starts], [.. ends], [.. values]);
    }
}
