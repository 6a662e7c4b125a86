using Vigil.Core.Detection.Network;
using Vigil.Core.Events;

namespace Vigil.Core.Detection.Shipping;

/// <summary>
/// Several workers' equipment shipped to one address (SHP-04, the laptop-farm host of FAC-01). Indicator id on
/// the finding is SHP-04; the summary names the facilitator pattern.
/// </summary>
/// <remarks>Order-independent (incremental detection feeds it files in any order): per address and worker it keeps
/// the worker's earliest shipment there.</remarks>
public sealed class SharedShipToAddressDetector(SharedShipToAddressOptions? options = null) : IShipmentDetector, IStatefulDetector
{
    public const string Id = "shared-ship-to-address";

    private readonly SharedShipToAddressOptions _options = options ?? new SharedShipToAddressOptions();
    private readonly Dictionary<string, Dictionary<string, Shipment>> _byAddress = new(StringComparer.Ordinal);
    private readonly SubjectIndex _subjects = new();

    public string DetectorId => Id;

    public string SaveState() => DetectorStateJson.Save(new AddressState(_byAddress, _subjects));

    public void LoadState(string state)
    {
        var loaded = DetectorStateJson.Load<AddressState>(state);
        _byAddress.Clear();
        foreach (var (address, workers) in loaded.ByAddress)
        {
            _byAddress[address] = new Dictionary<string, Shipment>(workers, StringComparer.Ordinal);
        }
        _subjects.ReplaceWith(loaded.Subjects);
    }

    public void Observe(Shipment shipment)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        if (_options.OfficeAddressKeys.Contains(shipment.ShipToKey, StringComparer.Ordinal))
        {
            return;
        }
        _subjects.Note(shipment.SubjectKey, shipment.SubjectId);
        if (!_byAddress.TryGetValue(shipment.ShipToKey, out var workers))
        {
            workers = new Dictionary<string, Shipment>(StringComparer.Ordinal);
            _byAddress[shipment.ShipToKey] = workers;
        }
        if (workers.TryGetValue(shipment.SubjectKey, out var kept))
        {
            if (shipment.At < kept.At || shipment.At == kept.At && string.CompareOrdinal(shipment.EventId, kept.EventId) < 0)
            {
                workers[shipment.SubjectKey] = shipment;
            }
        }
        else if (workers.Count < 256)
        {
            workers[shipment.SubjectKey] = shipment;
        }
    }

    public IReadOnlyList<SubjectFinding> Complete()
    {
        var findings = new List<SubjectFinding>();
        // Address order, not first-seen order, so the findings do not depend on the order shipments arrived in.
        foreach (var (address, workers) in _byAddress.Where(a => a.Value.Count >= _options.MinWorkers).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var keys = workers.Keys.Order(StringComparer.Ordinal).ToList();
            foreach (var key in keys)
            {
                var own = workers[key];
                var evidence = new List<Evidence>
                {
                    new("ship-to address", own.ShipTo),
                    new("workers shipping there", keys.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new("this worker's shipment", $"{own.At:u}: {own.Item} {own.AssetSerial}".TrimEnd(), $"shipments:{own.EventId}"),
                };
                evidence.AddRange(keys.Where(k => !string.Equals(k, key, StringComparison.Ordinal)).Take(10)
                    .Select(k => new Evidence("also shipped there", $"{k}: {workers[k].At:u} {workers[k].Item}".TrimEnd(), $"shipments:{workers[k].EventId}")));
                findings.Add(new SubjectFinding(key, _subjects.IdOf(key), new Finding(Id, "SHP-04", _options.Weight,
                    $"Equipment of {keys.Count} workers shipped to one address (laptop-farm host, FAC-01)", evidence, _subjects.IdsOf(keys, key))));
            }
        }
        return findings;
    }

    private sealed record AddressState(Dictionary<string, Dictionary<string, Shipment>> ByAddress, SubjectIndex Subjects);
}
