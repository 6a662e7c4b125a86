namespace Vigil.Core.Events;

/// <summary>One change of a worker's payroll destination (bank, payment service or wallet), PAY-01 to PAY-08.</summary>
public sealed class PayrollChange
{
    public required string EventId { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The worker's email or login, lower case.</summary>
    public required string Employee { get; init; }

    public PayoutKind Kind { get; init; }

    /// <summary>Bank name, payment service (<c>payoneer</c>, <c>wise</c>) or chain/asset (<c>usdt-trc20</c>).</summary>
    public string? Provider { get; init; }

    /// <summary>The account as written: IBAN, account number, payout email, wallet address.</summary>
    public required string Account { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country of the bank, upper case, when known.</summary>
    public string? BankCountry { get; init; }

    /// <summary>IP address the change was made from (PAY-08).</summary>
    public string? SourceIp { get; init; }

    /// <summary>Who made the change: the worker (self-service), an HR user, an API.</summary>
    public string? ChangedBy { get; init; }

    /// <summary>Canonical account key (<c>Identifier.Value</c>) used to compare accounts across workers; set by
    /// the parser.</summary>
    public required string AccountKey { get; init; }

    public Guid? SubjectId { get; set; }

    public string SubjectKey
    {
        get => _subjectKey ?? Employee;
        set => _subjectKey = value;
    }

    public long Line { get; init; }

    private string? _subjectKey;
}
