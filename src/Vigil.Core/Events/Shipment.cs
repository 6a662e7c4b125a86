namespace Vigil.Core.Events;

/// <summary>One equipment shipment (laptop, token, documents) to a worker, SHP-01 to SHP-05.</summary>
public sealed class Shipment
{
    public required string EventId { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The worker's email or login, lower case.</summary>
    public required string Employee { get; init; }

    /// <summary>The ship-to address as written.</summary>
    public required string ShipTo { get; init; }

    /// <summary>Canonical ship-to address (<c>PostalAddressCanonicalizer</c>), compared across workers.</summary>
    public required string ShipToKey { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country of the ship-to address, upper case, when known.</summary>
    public string? Country { get; init; }

    public string? Item { get; init; }

    public string? AssetSerial { get; init; }

    public string? Carrier { get; init; }

    public string? Tracking { get; init; }

    public Guid? SubjectId { get; set; }

    public string SubjectKey
    {
        get => _subjectKey ?? Employee;
        set => _subjectKey = value;
    }

    public long Line { get; init; }

    private string? _subjectKey;
}
