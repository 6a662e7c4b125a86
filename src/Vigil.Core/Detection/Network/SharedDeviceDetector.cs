using System.Globalization;
using Vigil.Core.Events;

namespace Vigil.Core.Detection.Network;

/// <summary>
/// Laptop farm by device (NET-02, NET-10): one device id (Okta FastPass device or <c>dtHash</c>, Entra
/// <c>deviceId</c>, CSV <c>device_id</c>) signs in as several workers: one machine, several "different" people.
/// </summary>
public sealed class SharedDeviceDetector(SharedDeviceOptions? options = null) : ISignInDetector, IStatefulDetector
{
    public const string Id = "shared-device";

    private readonly SharedDeviceOptions _options = options ?? new SharedDeviceOptions();
    private readonly Dictionary<string, CoUsage> _byDevice = new(StringComparer.Ordinal);
    private readonly SubjectIndex _subjects = new();

    public string DetectorId => Id;

    public string SaveState() => DetectorStateJson.Save(new DeviceState(_byDevice, _subjects));

    public void LoadState(string state)
    {
        var loaded = DetectorStateJson.Load<DeviceState>(state);
        _byDevice.Clear();
        foreach (var (device, usage) in loaded.ByDevice)
        {
            _byDevice[device] = usage;
        }
        _subjects.ReplaceWith(loaded.Subjects);
    }

    public void Observe(SignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        if (string.IsNullOrEmpty(signIn.DeviceId) || !signIn.Success)
        {
            return;
        }
        _subjects.Note(signIn.SubjectKey, signIn.SubjectId);
        if (!_byDevice.TryGetValue(signIn.DeviceId, out var usage))
        {
            usage = new CoUsage();
            _byDevice[signIn.DeviceId] = usage;
        }
        usage.Add(signIn.SubjectKey, signIn.At);
    }

    public IReadOnlyList<SubjectFinding> Complete()
    {
        var findings = new List<SubjectFinding>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        // Key order, not first-seen order: a worker on two shared devices is reported with the same one whatever
        // order the logs arrived in (incremental detection).
        foreach (var (device, usage) in _byDevice.Where(d => !d.Value.Saturated && d.Value.Subjects.Count >= _options.MinWorkers)
                     .OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var members = usage.Subjects.Keys.Order(StringComparer.Ordinal).ToList();
            foreach (var key in members)
            {
                if (!reported.Add(key))
                {
                    continue;
                }
                var own = usage.Subjects[key];
                var evidence = new List<Evidence>
                {
                    new("device id", device),
                    new("workers on it", members.Count.ToString(CultureInfo.InvariantCulture)),
                    new("this worker", string.Create(CultureInfo.InvariantCulture, $"{own.Events} sign-ins, {own.First:u} – {own.Last:u}")),
                };
                evidence.AddRange(members.Where(m => !string.Equals(m, key, StringComparison.Ordinal)).Take(10).Select(m => new Evidence("also signed in", m, m)));
                findings.Add(new SubjectFinding(key, _subjects.IdOf(key), new Finding(Id, "NET-02", _options.Weight,
                    $"Device {device} signs in as {members.Count} different workers", evidence, _subjects.IdsOf(members, key))));
            }
        }
        return findings;
    }

    private sealed record DeviceState(Dictionary<string, CoUsage> ByDevice, SubjectIndex Subjects);
}
