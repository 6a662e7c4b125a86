namespace Vigil.Server.Application.Monitoring;

/// <summary>What a monitoring log file holds.</summary>
public enum LogKind
{
    SignIns,
    Endpoint,
    Payroll,
    Shipments,
}
