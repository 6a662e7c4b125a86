using Vigil.Core.Events;
using Vigil.Core.Identifiers;
using Vigil.Ingest.Common;
using Vigil.Ingest.Streaming;

namespace Vigil.Ingest.Shipments;

/// <summary>
/// Reads laptop shipment records (docs/formats.md §2.3): <c>shipment_id, shipped_at, employee_id, email,
/// asset_tag, device_serial, device_id, carrier, tracking_number, ship_to_name, ship_to_address, ship_to_country,
/// status</c>. The shipment id is the idempotency key (a row hash when absent).
/// </summary>
public sealed class ShipmentCsvParser
{
    public const string Source = "shipments";

    private static readonly string[] Required = ["shipped_at", "ship_to_address"];

    public ParseCounters Counters { get; } = new();

    public IEnumerable<IngestResult<Shipment>> Parse(TextReader reader, string file, IngestLimits? limits = null) =>
        HeaderedCsv.Parse(reader, file, Required, limits, Counters, ParseRow);

    private static IngestResult<Shipment> ParseRow(HeaderedCsv.Row row, string file)
    {
        if (row.Error is not null)
        {
            return IngestResult<Shipment>.Fail(row.Error);
        }
        var errors = new List<IngestError>();
        var shippedAt = row["shipped_at"];
        if (!JsonValues.TryParseTime(shippedAt, out var at))
        {
            errors.Add(new IngestError(file, row.Line, "shipped_at", shippedAt is null ? IngestErrorMessages.Required : IngestErrorMessages.InvalidTimestamp(shippedAt)));
        }
        var employee = row["email"] ?? row["employee_id"];
        if (employee is null)
        {
            errors.Add(new IngestError(file, row.Line, "email", IngestErrorMessages.Required));
        }
        var address = row["ship_to_address"];
        if (address is null)
        {
            errors.Add(new IngestError(file, row.Line, "ship_to_address", IngestErrorMessages.Required));
        }
        var country = row["ship_to_country"]?.ToUpperInvariant();
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            errors.Add(new IngestError(file, row.Line, "ship_to_country", $"'{IngestErrorMessages.Shorten(country)}' is not an ISO 3166-1 alpha-2 code"));
        }
        if (errors.Count > 0)
        {
            return IngestResult<Shipment>.Fail(row.Line, errors);
        }
        return IngestResult<Shipment>.Ok(row.Line, new Shipment
        {
            EventId = row["shipment_id"] ?? LineHash.Of(row.Fields),
            At = at,
            Employee = employee!.ToLowerInvariant(),
            ShipTo = address!,
            ShipToKey = Canonicalizer.Canonicalize(IdentifierKind.PostalAddress, address!).Value,
            Country = country,
            Item = row["asset_tag"] ?? row["item"],
            AssetSerial = row["device_serial"],
            Carrier = row["carrier"],
            Tracking = row["tracking_number"],
            Line = row.Line,
        });
    }
}
