using System.Net;
using AwesomeAssertions;
using Vigil.Core.Detection.Payroll;
using Vigil.Core.Events;
using Vigil.Core.Reference;
using Vigil.Core.Tests.Events;

namespace Vigil.Core.Tests.Detection.Payroll;

public sealed class PayrollDetectorsTests
{
    private static readonly WorkerProfile W = Some.Worker(1);

    private static PayrollChange Change(WorkerProfile w, PayoutKind kind, string account, string? provider = null, string? country = null, int day = 0, string? ip = null)
    {
        var c = new PayrollChange
        {
            EventId = Guid.NewGuid().ToString("N"),
            At = Some.T0.AddDays(day),
            Employee = w.Logins[0],
            Kind = kind,
            Provider = provider,
            Account = account,
            AccountKey = $"{kind}:{account.ToLowerInvariant()}",
            BankCountry = country,
            SourceIp = ip,
        };
        c.SubjectId = w.SubjectId;
        c.SubjectKey = w.Key;
        return c;
    }

    [Theory]
    [InlineData(PayoutKind.Crypto, "TXyz1234567890abcdefghijklmnopqrsT", "trx", null, "PAY-01")]
    [InlineData(PayoutKind.PaymentService, "a@example.com", "payoneer", "US", "PAY-03")]
    [InlineData(PayoutKind.BankAccount, "CN1234567890", "Bank of Shenyang", "CN", "PAY-02")]
    [InlineData(PayoutKind.BankAccount, "GB29NWBK60161331926819", "NatWest", null, "PAY-02")]
    public void Payout_destination_is_classified(PayoutKind kind, string account, string provider, string? country, string indicator)
    {
        var d = new PayoutDestinationDetector(new WorkerDirectory([W]));
        d.Observe(Change(W, kind, account, provider, country));

        d.Complete().Should().ContainSingle().Which.Finding.IndicatorId.Should().Be(indicator);
    }

    [Fact]
    public void Payout_domestic_bank_is_not_reported()
    {
        var d = new PayoutDestinationDetector(new WorkerDirectory([W]));
        d.Observe(Change(W, PayoutKind.BankAccount, "123456789", "Chase", "US"));

        d.Complete().Should().BeEmpty();
    }

    [Fact]
    public void Shared_payout_account_across_workers_is_pay05()
    {
        var d = new SharedPayoutAccountDetector();
        d.Observe(Change(W, PayoutKind.PaymentService, "pay@example.com", "payoneer"));
        d.Observe(Change(Some.Worker(2), PayoutKind.PaymentService, "PAY@example.com", "payoneer"));
        d.Observe(Change(Some.Worker(3), PayoutKind.PaymentService, "other@example.com", "payoneer"));

        d.Complete().Should().HaveCount(2).And.OnlyContain(f => f.Finding.IndicatorId == "PAY-05" && f.Finding.RelatedSubjects.Count == 1);
    }

    [Fact]
    public void Frequent_changes_within_window_are_pay04_and_two_are_not()
    {
        var d = new FrequentPayrollChangeDetector();
        d.Observe(Change(W, PayoutKind.BankAccount, "1111", day: 0));
        d.Observe(Change(W, PayoutKind.BankAccount, "2222", day: 10));
        d.Observe(Change(W, PayoutKind.BankAccount, "3333", day: 20));
        var w2 = Some.Worker(2);
        d.Observe(Change(w2, PayoutKind.BankAccount, "1111", day: 0));
        d.Observe(Change(w2, PayoutKind.BankAccount, "2222", day: 200));

        d.Complete().Should().ContainSingle().Which.SubjectId.Should().Be(W.SubjectId);
    }

    [Fact]
    public void Change_from_vpn_is_pay08_and_from_home_is_not()
    {
        var d = new PayrollChangeFromAnonymizerDetector(new Intel());
        d.Observe(Change(W, PayoutKind.BankAccount, "1111", ip: "198.51.100.1"));
        d.Observe(Change(Some.Worker(2), PayoutKind.BankAccount, "2222", ip: "203.0.113.1"));

        var f = d.Complete().Should().ContainSingle().Subject;
        f.SubjectId.Should().Be(W.SubjectId);
        f.Finding.Summary.Should().Contain("Astrill");
    }

    private sealed class Intel : IIpIntelligence
    {
        public IpInfo Lookup(IPAddress ip) => ip.ToString().StartsWith("198.51.100.", StringComparison.Ordinal)
            ? new IpInfo(Anonymizer: AnonymizerKind.Vpn, Provider: "Astrill VPN")
            : IpInfo.Unknown;
    }
}
