namespace Vigil.Ingest.Synthetic;

/// <summary>One planned payroll change of a worker (payroll.csv row).</summary>
internal sealed record PayrollChangePlan(DateTimeOffset At, string ChangeType, string Method, string Provider, string Account, string Holder, string BankCountry, string SourceIp);
