using AwesomeAssertions;
using Vigil.Core.Events;
using Vigil.Ingest.Payroll;
using Vigil.Ingest.Tests.Streaming;

namespace Vigil.Ingest.Tests.Payroll;

public sealed class PayrollCsvParserTests
{
    [Fact]
    public void Parse_reads_kinds_and_canonical_account_keys()
    {
        var results = new PayrollCsvParser().Parse(Fixtures.Text("payroll.csv"), "payroll.csv").ToList();

        var good = results.Where(r => r.IsSuccess).Select(r => r.Value!).ToList();
        good.Select(c => c.Kind).Should().Equal(PayoutKind.BankAccount, PayoutKind.Crypto, PayoutKind.PaymentService, PayoutKind.PaymentService);
        good[2].AccountKey.Should().Be(good[3].AccountKey, "the same Payoneer email in another case is one account");
        good[0].EventId.Should().Be("pc-001");
        var errors = results.Where(r => !r.IsSuccess).SelectMany(r => r.Errors).Select(e => (e.Line, e.Field)).ToList();
        errors.Should().Equal((6L, "changed_at"), (6L, "bank_country"), (7L, "method"));
    }
}
