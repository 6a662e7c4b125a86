using Vigil.Core.Detection.Endpoint;
using Vigil.Core.Detection.Network;
using Vigil.Core.Detection.Payroll;
using Vigil.Core.Detection.Shipping;
using Vigil.Core.Detection.WorkPattern;

namespace Vigil.Server.Application.Monitoring;

/// <summary>Every monitoring detector's options, with their documented defaults (docs/monitoring.md).</summary>
public sealed record MonitoringOptions
{
    public AnonymizerSignInOptions Anonymizer { get; init; } = new();
    public ImpossibleTravelOptions ImpossibleTravel { get; init; } = new();
    public NewCountryOptions NewCountry { get; init; } = new();
    public ResidenceMismatchOptions Residence { get; init; } = new();
    public SharedEgressOptions SharedEgress { get; init; } = new();
    public SharedDeviceOptions SharedDevice { get; init; } = new();
    public WorkingHoursOptions WorkingHours { get; init; } = new();
    public RemoteAccessToolOptions RemoteAccess { get; init; } = new();
    public IpKvmOptions IpKvm { get; init; } = new();
    public MouseJigglerOptions MouseJiggler { get; init; } = new();
    public PayoutDestinationOptions Payout { get; init; } = new();
    public SharedPayoutAccountOptions SharedPayout { get; init; } = new();
    public FrequentPayrollChangeOptions FrequentPayroll { get; init; } = new();
    public PayrollChangeFromAnonymizerOptions PayrollFromAnonymizer { get; init; } = new();
    public ShipToMismatchOptions ShipTo { get; init; } = new();
    public SharedShipToAddressOptions SharedShipTo { get; init; } = new();
}
