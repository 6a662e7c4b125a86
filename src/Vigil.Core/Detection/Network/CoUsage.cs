using System.Text.Json.Serialization;

namespace Vigil.Core.Detection.Network;

/// <summary>
/// Which subjects used one shared thing (an IP, a subnet, a device) and on how many distinct days each; bounded.
/// Shared by the laptop-farm detectors.
/// </summary>
internal sealed class CoUsage
{
    /// <summary>Keeps memory bounded when a thing is shared by thousands (an office NAT): past this many
    /// subjects the thing is reported as saturated and no longer tracked per subject.</summary>
    public const int MaxSubjects = 256;

    // Private members are serialized with detector state (IStatefulDetector).
    [JsonInclude]
    private Dictionary<string, Usage> _subjects = new(StringComparer.Ordinal);

    [JsonInclude]
    public bool Saturated { get; private set; }

    [JsonIgnore]
    public IReadOnlyDictionary<string, Usage> Subjects => _subjects;

    public void Add(string subjectKey, DateTimeOffset at)
    {
        if (Saturated)
        {
            return;
        }
        var day = (int)(at.UtcTicks / TimeSpan.TicksPerDay);
        if (_subjects.TryGetValue(subjectKey, out var usage))
        {
            usage.AddDay(day, at);
            return;
        }
        if (_subjects.Count >= MaxSubjects)
        {
            Saturated = true;
            _subjects.Clear();
            return;
        }
        usage = new Usage();
        usage.AddDay(day, at);
        _subjects[subjectKey] = usage;
    }

    public int CountWithDays(int minDays)
    {
        var n = 0;
        foreach (var usage in _subjects.Values)
        {
            if (usage.Days >= minDays)
            {
                n++;
            }
        }
        return n;
    }

    internal sealed class Usage
    {
        // Distinct days, counted exactly up to a small cap (only "at least N days" is ever asked).
        private const int Cap = 8;
        [JsonInclude]
        private int[] _days = new int[Cap];

        [JsonInclude]
        public int Days { get; private set; }

        [JsonInclude]
        public int Events { get; private set; }

        [JsonInclude]
        public DateTimeOffset First { get; private set; } = DateTimeOffset.MaxValue;

        [JsonInclude]
        public DateTimeOffset Last { get; private set; } = DateTimeOffset.MinValue;

        public void AddDay(int day, DateTimeOffset at)
        {
            Events++;
            if (at < First)
            {
                First = at;
            }
            if (at > Last)
            {
                Last = at;
            }
            if (Days >= Cap)
            {
                return;
            }
            for (var i = 0; i < Days; i++)
            {
                if (_days[i] == day)
                {
                    return;
                }
            }
            _days[Days++] = day;
        }
    }
}
