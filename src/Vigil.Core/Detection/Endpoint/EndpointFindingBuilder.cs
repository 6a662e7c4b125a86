using System.Globalization;
using Vigil.Core.Events;

namespace Vigil.Core.Detection.Endpoint;

/// <summary>Collects distinct matches per subject for the endpoint detectors, bounded, and turns them into evidence.
/// Its entries are the detectors' saved state (<see cref="ISubjectStateDetector"/>).</summary>
internal sealed class EndpointFindingBuilder
{
    private const int MaxPerSubject = 16;
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<string, Entry>> Entries => _entries;

    public string SaveState() => DetectorStateJson.Save(_entries);

    public void LoadState(string state)
    {
        _entries.Clear();
        foreach (var (key, entry) in DetectorStateJson.Load<Dictionary<string, Entry>>(state))
        {
            entry.Names = new HashSet<string>(entry.Names, StringComparer.OrdinalIgnoreCase);
            _entries[key] = entry;
        }
    }

    public void CopySubject(string subjectKey, EndpointFindingBuilder source) => SubjectStates.Copy(_entries, source._entries, subjectKey);

    public void Add(DeviceSnapshot snapshot, string name, string detail, int strength)
    {
        if (!_entries.TryGetValue(snapshot.SubjectKey, out var entry))
        {
            entry = new Entry(snapshot.SubjectId);
            _entries[snapshot.SubjectKey] = entry;
        }
        entry.SubjectId ??= snapshot.SubjectId;
        entry.Strength = Math.Max(entry.Strength, strength);
        if (entry.Items.Count < MaxPerSubject && entry.Names.Add(name))
        {
            entry.Items.Add(new Evidence(name, string.Create(CultureInfo.InvariantCulture,
                $"{detail} on host {snapshot.Hostname ?? snapshot.HostIdentifier} at {snapshot.At:u} (osquery {snapshot.QueryName}, {snapshot.Action})"),
                $"osquery:{snapshot.EventId}"));
        }
    }

    internal sealed class Entry(Guid? subjectId)
    {
        public Guid? SubjectId { get; set; } = subjectId;
        public int Strength { get; set; }
        public HashSet<string> Names { get; set; } = new(StringComparer.OrdinalIgnoreCase);
        public List<Evidence> Items { get; init; } = [];
    }
}
