using System.Text.Json;

namespace Vigil.Ingest.Streaming;

/// <summary>
/// Returns one shared string per distinct short value (user agents, cities, AS names, logins repeat millions of
/// times in a sign-in log), so parsing allocates a string only the first time a value is seen. Bounded: cleared
/// when it grows past <see cref="MaxEntries"/>. Not thread-safe: one per parser run.
/// </summary>
public sealed class StringPool
{
    public const int MaxEntries = 65_536;
    private const int MaxPooledChars = 512;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool()
    {
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The current string token's value (unescaped), pooled when short.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        var max = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (max > MaxPooledChars)
        {
            return reader.GetString()!;
        }
        Span<char> chars = stackalloc char[max];
        var n = reader.CopyString(chars);
        return Get(chars[..n]);
    }

    public string Get(ReadOnlySpan<char> value)
    {
        if (_lookup.TryGetValue(value, out var existing))
        {
            return existing;
        }
        if (_strings.Count >= MaxEntries)
        {
            _strings.Clear();
        }
        var s = value.ToString();
        _strings[s] = s;
        return s;
    }
}
