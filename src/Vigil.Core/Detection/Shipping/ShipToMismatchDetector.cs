using Vigil.Core.Events;

namespace Vigil.Core.Detection.Shipping;

/// <summary>
/// Equipment shipped to an address that is not the worker's HR address (SHP-01), worse when it is in another
/// country than the claimed residence (SHP-05). Addresses compare on their canonical form. Workers without an HR
/// address on file are skipped (nothing to compare with).
/// </summary>
public sealed class ShipToMismatchDetector(WorkerDirectory workers, ShipToMismatchOptions? options = null) : IShipmentDetector, ISubjectStateDetector
{
    public const string Id = "ship-to-mismatch";

    private readonly WorkerDirectory _workers = workers ?? throw new ArgumentNullException(nameof(workers));
    private readonly ShipToMismatchOptions _options = options ?? new ShipToMismatchOptions();
    private const int MaxEvidence = 12;
    private readonly Dictionary<string, Found> _found = new(StringComparer.Ordinal);

    public string DetectorId => Id;

    public string SaveState() => DetectorStateJson.Save(_found);

    public void LoadState(string state)
    {
        _found.Clear();
        foreach (var (key, found) in DetectorStateJson.Load<Dictionary<string, Found>>(state))
        {
            _found[key] = found;
        }
    }

    public void CopySubjectState(string subjectKey, ISubjectStateDetector source) =>
        SubjectStates.Copy(_found, SubjectStates.Same<ShipToMismatchDetector>(source)._found, subjectKey);

    public void Observe(Shipment shipment)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var worker = _workers.FindByKey(shipment.SubjectKey);
        if (worker?.HomeAddressKeys is not { Count: > 0 } homes || homes.Contains(shipment.ShipToKey, StringComparer.Ordinal))
        {
            return;
        }
        var foreign = shipment.Country is not null && worker.ClaimedCountry is not null
            && !string.Equals(shipment.Country, worker.ClaimedCountry, StringComparison.OrdinalIgnoreCase);
        var (indicator, weight, summary) = foreign
            ? ("SHP-05", _options.CountryWeight, $"Equipment shipped to {shipment.Country}, outside claimed {worker.ClaimedCountry}")
            : ("SHP-01", _options.AddressWeight, "Equipment shipped to an address that is not the HR address");
        var evidence = new Evidence("shipment", $"{shipment.At:u}: {shipment.Item} {shipment.AssetSerial} to '{shipment.ShipTo}'".Replace("  ", " ", StringComparison.Ordinal), $"shipments:{shipment.EventId}");
        if (_found.TryGetValue(shipment.SubjectKey, out var existing))
        {
            // Bounded: the state is saved between runs and a worker's shipments keep coming.
            if (existing.Evidence.Count < MaxEvidence)
            {
                existing.Evidence.Add(evidence);
            }
            if (weight > existing.Weight)
            {
                _found[shipment.SubjectKey] = new Found(existing.SubjectId, indicator, weight, summary, existing.Evidence);
            }
            return;
        }
        _found[shipment.SubjectKey] = new Found(shipment.SubjectId, indicator, weight, summary,
            [new Evidence("HR address", string.Join(" | ", homes)), evidence]);
    }

    public IReadOnlyList<SubjectFinding> Complete() =>
        [.. _found.Select(f => new SubjectFinding(f.Key, f.Value.SubjectId,
            new Finding(Id, f.Value.Indicator, f.Value.Weight, f.Value.Summary, f.Value.Evidence, [])))];

    private sealed record Found(Guid? SubjectId, string Indicator, double Weight, string Summary, List<Evidence> Evidence);
}
