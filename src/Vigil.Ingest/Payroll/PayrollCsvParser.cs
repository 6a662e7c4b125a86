using Vigil.Core.Events;
using Vigil.Core.Identifiers;
using Vigil.Ingest.Common;
using Vigil.Ingest.Streaming;

namespace Vigil.Ingest.Payroll;

/// <summary>
/// Reads payroll / bank-detail change records (docs/formats.md §2.2): <c>change_id, changed_at, employee_id,
/// email, change_type, method, provider, account, account_holder, bank_country, source_ip</c>. The change id is
/// the idempotency key (a row hash when absent). Accounts get their canonical key so shared accounts match across
/// workers however they are written.
/// </summary>
public sealed class PayrollCsvParser
{
    public const string Source = "payroll";

    private static readonly string[] Required = ["changed_at", "account"];

    public ParseCounters Counters { get; } = new();

    public IEnumerable<IngestResult<PayrollChange>> Parse(TextReader reader, string file, IngestLimits? limits = null) =>
        HeaderedCsv.Parse(reader, file, Required, limits, Counters, ParseRow);

    private static IngestResult<PayrollChange> ParseRow(HeaderedCsv.Row row, string file)
    {
        if (row.Error is not null)
        {
            return IngestResult<PayrollChange>.Fail(row.Error);
        }
        var errors = new List<IngestError>();
        var changedAt = row["changed_at"];
        if (!JsonValues.TryParseTime(changedAt, out var at))
        {
            errors.Add(new IngestError(file, row.Line, "changed_at", changedAt is null ? IngestErrorMessages.Required : IngestErrorMessages.InvalidTimestamp(changedAt)));
        }
        var employee = row["email"] ?? row["employee_id"];
        if (employee is null)
        {
            errors.Add(new IngestError(file, row.Line, "email", IngestErrorMessages.Required));
        }
        var account = row["account"];
        if (account is null)
        {
            errors.Add(new IngestError(file, row.Line, "account", IngestErrorMessages.Required));
        }
        var method = row["method"]?.ToLowerInvariant();
        var kind = method switch
        {
            null => PayoutKind.Unknown,
            "direct_deposit" or "bank" or "ach" or "wire" or "sepa" => PayoutKind.BankAccount,
            "payoneer" or "wise" or "paypal" or "payment_service" => PayoutKind.PaymentService,
            "crypto" or "wallet" => PayoutKind.Crypto,
            _ => (PayoutKind)(-1),
        };
        if ((int)kind < 0)
        {
            errors.Add(new IngestError(file, row.Line, "method", IngestErrorMessages.InvalidEnum(method!, "direct_deposit, payoneer, wise, paypal, crypto")));
        }
        var bankCountry = row["bank_country"]?.ToUpperInvariant();
        if (bankCountry is not null && (bankCountry.Length != 2 || !bankCountry.All(char.IsAsciiLetterUpper)))
        {
            errors.Add(new IngestError(file, row.Line, "bank_country", $"'{IngestErrorMessages.Shorten(bankCountry)}' is not an ISO 3166-1 alpha-2 code"));
        }
        if (errors.Count > 0)
        {
            return IngestResult<PayrollChange>.Fail(row.Line, errors);
        }
        var provider = row["provider"] ?? (kind == PayoutKind.PaymentService ? method : null);
        var key = kind switch
        {
            PayoutKind.Crypto => Canonicalizer.Canonicalize(IdentifierKind.CryptoWallet, account!, new CanonicalizationContext(Provider: provider)).Value,
            PayoutKind.PaymentService => Canonicalizer.Canonicalize(IdentifierKind.PayoutAccount, account!, new CanonicalizationContext(Provider: provider)).Value,
            _ => Canonicalizer.Canonicalize(IdentifierKind.BankAccount, account!).Value,
        };
        return IngestResult<PayrollChange>.Ok(row.Line, new PayrollChange
        {
            EventId = row["change_id"] ?? LineHash.Of(row.Fields),
            At = at,
            Employee = employee!.ToLowerInvariant(),
            Kind = kind,
            Provider = provider,
            Account = account!,
            AccountKey = $"{kind}:{key}",
            BankCountry = bankCountry,
            SourceIp = row["source_ip"],
            ChangedBy = row["changed_by"] ?? row["change_type"],
            Line = row.Line,
        });
    }
}
