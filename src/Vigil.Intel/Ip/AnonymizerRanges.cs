namespace Vigil.Intel.Ip;

/// <summary>
/// Frozen interval map from addresses to <see cref="AnonymizerVerdict"/>s, IPv4 and IPv6, built by
/// <see cref="AnonymizerRangesBuilder"/>. Overlapping input ranges are already merged: each address falls in at most
/// one stretch, whose verdict holds the strongest class and every source. Immutable and thread-safe.
/// </summary>
public sealed class AnonymizerRanges
{
    private readonly RangeTable<uint> _v4;
    private readonly RangeTable<UInt128> _v6;
    private readonly AnonymizerVerdict[] _verdicts;

    internal AnonymizerRanges(RangeTable<uint> v4, RangeTable<UInt128> v6, AnonymizerVerdict[] verdicts, int inputRanges)
    {
        _v4 = v4;
        _v6 = v6;
        _verdicts = verdicts;
        InputRanges = inputRanges;
    }

    public static AnonymizerRanges Empty { get; } = new(RangeTable<uint>.Empty, RangeTable<UInt128>.Empty, [], 0);

    /// <summary>Ranges given to the builder, before merging.</summary>
    public int InputRanges { get; }

    /// <summary>Disjoint stretches after merging, IPv4.</summary>
    public int V4Count => _v4.Count;

    /// <summary>Disjoint stretches after merging, IPv6.</summary>
    public int V6Count => _v6.Count;

    public AnonymizerVerdict Find(uint v4)
    {
        var i = _v4.Find(v4);
        return i < 0 ? AnonymizerVerdict.None : _verdicts[i];
    }

    public AnonymizerVerdict Find(UInt128 v6)
    {
        var i = _v6.Find(v6);
        return i < 0 ? AnonymizerVerdict.None : _verdicts[i];
    }
}
