using Vigil.Core.Events;

namespace Vigil.Core.Detection.Payroll;

/// <summary>Evidence text for one payroll change, shared by the payroll detectors.</summary>
internal static class PayrollEvidence
{
    public static Evidence Of(PayrollChange c, string label = "payroll change") =>
        new(label, $"{c.At:u}: {c.Kind} {c.Provider} {Mask(c.Account)}{(c.BankCountry is null ? "" : $" ({c.BankCountry})")}{(c.SourceIp is null ? "" : $" from {c.SourceIp}")}".Replace("  ", " ", StringComparison.Ordinal),
            $"payroll:{c.EventId}");

    /// <summary>Shows enough of an account to recognize it, not enough to use it (alerts are read widely).</summary>
    public static string Mask(string account)
    {
        var a = account.Trim();
        return a.Length <= 8 ? a : $"{a[..4]}…{a[^4..]}";
    }

    /// <summary>Country of an IBAN's first two letters, else null.</summary>
    public static string? IbanCountry(string account)
    {
        var a = account.Replace(" ", "", StringComparison.Ordinal);
        return a.Length >= 15 && char.IsAsciiLetter(a[0]) && char.IsAsciiLetter(a[1]) && char.IsAsciiDigit(a[2]) && char.IsAsciiDigit(a[3])
            ? a[..2].ToUpperInvariant()
            : null;
    }
}
