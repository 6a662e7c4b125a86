namespace Vigil.Core.Events;

/// <summary>Where a payroll change sends the salary.</summary>
public enum PayoutKind
{
    Unknown = 0,
    BankAccount = 1,

    /// <summary>Payoneer, Wise, PayPal and similar payment services (PAY-03).</summary>
    PaymentService = 2,

    /// <summary>A crypto wallet or exchange deposit address (PAY-01).</summary>
    Crypto = 3,
}
