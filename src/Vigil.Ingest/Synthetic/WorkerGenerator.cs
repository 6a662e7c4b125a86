using System.Globalization;
using Vigil.Core.Model;
using Vigil.Core.Scoring;
using Vigil.Ingest.Applicants;

namespace Vigil.Ingest.Synthetic;

/// <summary>
/// Builds hired workers and plans what their logs will show: laptop farms (NET-10, NET-02, SHP-04, END-01),
/// Astrill/VPN workers (NET-05, END-09), Pyongyang-hours workers (WRK-01, END-02), impossible travel (NET-01,
/// NET-06), suspicious payroll changes (PAY-01, PAY-03, PAY-04, PAY-05), and the benign look-alikes: frequent
/// travellers, VPN users, night owls, couples sharing a home connection.
/// </summary>
internal sealed class WorkerGenerator(SynthOptions options)
{
    public static readonly Company[] Companies =
    [
        new("Northwind Labs", "northwind.example", "okta", "100 Market St, Suite 300, San Francisco, CA 94105"),
        new("Bluefield Health", "bluefield.example", "entra", "2200 Ross Ave, Suite 900, Dallas, TX 75201"),
        new("Harbor Works", "harborworks.example", "csv", "1 Harbor Pl, Floor 4, Boston, MA 02110"),
    ];

    private static readonly CountryProfile[] WorkerCountries = [Geography.US, Geography.US, Geography.US, Geography.US, Geography.US, Geography.US, Geography.CA, Geography.GB, Geography.DE, Geography.PL, Geography.JP];

    private static readonly string[] Departments = ["Engineering", "Platform", "Data", "Mobile", "Security", "IT", "Product"];

    public List<PersonDraft> BuildWorkers()
    {
        var m = options.Workers;
        var list = new List<PersonDraft>(m);
        if (m == 0)
        {
            return list;
        }
        var root = new SynthRandom(options.Seed).Fork("workers");
        var people = new PersonFactory(SynthOptions.ReferenceDate);
        var logins = new HashSet<string>(StringComparer.Ordinal);

        PersonDraft NewWorker(SynthRandom rng, Company? company = null, CountryProfile? country = null)
        {
            var p = people.Ordinary(rng, country ?? rng.Pick(WorkerCountries));
            p.Kind = SubjectKind.Worker;
            p.Status = SubjectStatus.Active;
            p.Reviews.Clear();
            p.Payouts.Clear();
            p.Wallets.Clear();
            p.CoverLetter = null;
            company ??= rng.Pick(Companies);
            var baseLogin = $"{PersonFactory.Ascii(p.GivenName).ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal)}.{PersonFactory.Ascii(p.FamilyName).ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal)}";
            var login = $"{baseLogin}@{company.Domain}";
            for (var k = 2; !logins.Add(login); k++)
            {
                login = $"{baseLogin}{k}@{company.Domain}";
            }
            p.Emails.Insert(0, login);
            var hired = SynthOptions.ReferenceDate.AddDays(-rng.Between(45, 400)).AddSeconds(rng.Between(13 * 3600, 22 * 3600));
            var plan = new WorkerPlan
            {
                Company = company,
                Login = login,
                DeviceId = company.IdentityProvider switch
                {
                    "okta" => "guo" + rng.Alnum(17),
                    "entra" => rng.NextGuid().ToString(),
                    _ => "LT-" + rng.Alnum(8, upper: true),
                },
                HostIdentifier = rng.NextGuid().ToString(),
                Serial = rng.Alnum(10, upper: true),
                AssetTag = "AT-" + rng.Digits(6),
                HiredAt = hired,
                ActivityZone = p.City.TimeZone,
                HomeIp = PersonFactory.ResidentialIp(p.Country, rng),
                Mac = rng.Chance(0.3),
            };
            plan.PayrollChanges.Add(new PayrollChangePlan(hired.AddDays(-rng.Between(1, 10)), "initial_setup", "direct_deposit",
                rng.Pick(Banks(p.Country.Code)), PersonFactory.BankAccount(p.Country.Code, rng), p.FullName, p.Country.Code, plan.HomeIp));
            plan.ShipTo = p.Address;
            p.Worker = plan;
            p.AppliedAt = hired.AddDays(-rng.Between(20, 60));
            p.Extra["hired_at"] = ApplicantValues.FormatTimestamp(hired);
            p.Extra["department"] = rng.Pick(Departments);
            p.Extra["device_ids"] = new[] { plan.DeviceId };
            p.Extra["host_identifier"] = plan.HostIdentifier;
            return p;
        }

        // Laptop farms: ~4% of workers in farms of 3–6, each farm one residential /24 and one ship-to address.
        var farmBudget = m < 30 ? Math.Min(m / 3, 4) : Math.Max(4, (int)Math.Round(m * 0.04));
        var farm = 0;
        while (farmBudget >= 3)
        {
            var rng = root.Fork($"farm/{farm}");
            var size = Math.Min(farmBudget, rng.Between(3, 6));
            if (farmBudget - size is > 0 and < 3)
            {
                size = farmBudget;
            }
            var city = rng.Pick(Geography.US.Cities);
            var farmAddress = Geography.Address(Geography.US, city, rng);
            var farmNet = PersonFactory.ResidentialIp(Geography.US, rng);
            var prefix = farmNet[..(farmNet.LastIndexOf('.') + 1)];
            var sharedPayout = new PayrollChangePlan(default, "bank_change", "direct_deposit", "Chase", $"021000021 {rng.Digits(10)}", PersonFactory.Ascii(rng.Pick(NamePools.Anglo.Given) + " " + rng.Pick(NamePools.Anglo.Family)), "US", farmNet);
            for (var i = 0; i < size; i++)
            {
                var w = rng.Fork($"farmer/{i}");
                var p = NewWorker(w, country: Geography.US);
                var plan = p.Worker!;
                plan.FarmIp = i < 2 || w.Chance(0.5) ? farmNet : prefix + w.Between(2, 254).ToString(CultureInfo.InvariantCulture);
                plan.FarmAddress = farmAddress;
                plan.FarmCity = city;
                plan.ShipTo = farmAddress;
                plan.ActivityZone = "Asia/Pyongyang";
                plan.ShipRedirected = w.Chance(0.4);
                if (w.Chance(0.6))
                {
                    plan.Mac = true;
                    plan.Kvm = w.Chance(0.6) ? "pikvm" : "tinypilot";
                }
                if (w.Chance(0.5))
                {
                    plan.Rmm = [w.Pick(["AnyDesk", "TeamViewer", "Chrome Remote Desktop"])];
                }
                if (w.Chance(0.5))
                {
                    plan.PayrollChanges.Add(sharedPayout with { At = plan.HiredAt.AddDays(w.Between(5, 30)), Holder = sharedPayout.Holder });
                }
                Dprk(p, "laptop-farm", $"farm-{farm + 1:D3}");
                list.Add(p);
            }
            farmBudget -= size;
            farm++;
        }

        // Individual DPRK-pattern workers and benign look-alikes, by share of the workforce.
        var plans = new (string Scenario, double Share, int Min)[]
        {
            ("vpn-worker", 0.02, 1), ("pyongyang-hours", 0.02, 1), ("impossible-travel", 0.01, 1),
            ("frequent-traveller", 0.03, 1), ("vpn-user", 0.03, 1), ("night-owl", 0.02, 1), ("shared-household", 0.01, 2),
        };
        foreach (var (scenario, share, min) in plans)
        {
            var count = m < 30 ? min : Math.Max(min, (int)Math.Round(m * share));
            for (var i = 0; i < count && list.Count < m; i++)
            {
                var w = root.Fork($"{scenario}/{i}");
                switch (scenario)
                {
                    case "vpn-worker":
                    {
                        var p = NewWorker(w, country: Geography.US);
                        p.Worker!.VpnPrefix = w.Pick(AnonymizerRanges.Vpn);
                        p.Worker.AstrillInstalled = true;
                        p.Worker.ActivityZone = w.Chance(0.7) ? "Asia/Pyongyang" : p.City.TimeZone;
                        Payroll(p, w);
                        Dprk(p, scenario, "");
                        list.Add(p);
                        break;
                    }
                    case "pyongyang-hours":
                    {
                        var p = NewWorker(w, country: Geography.US);
                        p.Worker!.ActivityZone = "Asia/Pyongyang";
                        p.Worker.Rmm = w.Chance(0.5) ? ["AnyDesk", "TeamViewer"] : [w.Pick(["AnyDesk", "Chrome Remote Desktop", "TeamViewer"])];
                        p.Worker.Jiggler = w.Chance(0.3);
                        Payroll(p, w);
                        Dprk(p, scenario, "");
                        list.Add(p);
                        break;
                    }
                    case "impossible-travel":
                    {
                        var p = NewWorker(w, country: Geography.US);
                        p.Worker!.ImpossibleTravel = true;
                        Dprk(p, scenario, "");
                        list.Add(p);
                        break;
                    }
                    case "frequent-traveller":
                    {
                        var p = NewWorker(w);
                        p.Worker!.Traveller = true;
                        Benign(p, scenario, "", "NET-01", "NET-09");
                        list.Add(p);
                        break;
                    }
                    case "vpn-user":
                    {
                        var p = NewWorker(w);
                        p.Worker!.VpnSometimes = true;
                        p.Worker.VpnPrefix = w.Pick(AnonymizerRanges.Vpn);
                        Benign(p, scenario, "", "NET-05");
                        list.Add(p);
                        break;
                    }
                    case "night-owl":
                    {
                        var p = NewWorker(w, country: Geography.US);
                        p.Worker!.NightOwl = true;
                        Benign(p, scenario, "", "WRK-01");
                        list.Add(p);
                        break;
                    }
                    default:
                    {
                        // Two colleagues who live together: one home connection and address, different names.
                        var a = NewWorker(w.Fork("a"));
                        var b = NewWorker(w.Fork("b"), a.Worker!.Company, a.Country);
                        b.City = a.City;
                        b.Address = a.Address;
                        b.Worker!.HomeIp = a.Worker.HomeIp;
                        b.Worker.ShipTo = a.Address;
                        b.Worker.ActivityZone = a.City.TimeZone;
                        var cluster = $"household-{i + 1:D3}";
                        Benign(a, scenario, cluster, "NET-10", "SHP-04");
                        Benign(b, scenario, cluster, "NET-10", "SHP-04");
                        list.Add(a);
                        if (list.Count < m)
                        {
                            list.Add(b);
                        }
                        break;
                    }
                }
            }
        }
        for (var i = list.Count; i < m; i++)
        {
            list.Add(NewWorker(root.Fork($"worker/{i}")));
        }
        if (list.Count > m)
        {
            list.RemoveRange(m, list.Count - m);
        }
        root.Fork("order").Shuffle(list);
        for (var i = 0; i < list.Count; i++)
        {
            list[i].Id = "W" + (i + 1).ToString("D6", CultureInfo.InvariantCulture);
            list[i].Extra["employee_id"] = list[i].Id;
        }
        foreach (var p in list)
        {
            LabelWorker(p, list);
        }
        return list;
    }

    /// <summary>Payroll changes of a DPRK-pattern worker: to crypto, to Payoneer/Wise, or several quick changes.</summary>
    private static void Payroll(PersonDraft p, SynthRandom w)
    {
        var plan = p.Worker!;
        var at = plan.HiredAt.AddDays(w.Between(7, 40));
        switch (w.Next(3))
        {
            case 0:
                plan.PayrollChanges.Add(new PayrollChangePlan(at, "method_change", "crypto", w.Pick(["eth", "trx"]),
                    w.Chance(0.5) ? "0x" + w.Hex(40) : SanctionedWallets.Dprk[0].Address, p.FullName, "", plan.VpnPrefix is { } v ? Geography.IpIn(v, w) : plan.HomeIp));
                break;
            case 1:
                plan.PayrollChanges.Add(new PayrollChangePlan(at, "method_change", w.Pick(["payoneer", "wise"]), "payoneer",
                    w.Between(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture), p.FullName, w.Pick(["US", "HK", "SG"]), plan.HomeIp));
                break;
            default:
                for (var k = 0; k < 3; k++)
                {
                    plan.PayrollChanges.Add(new PayrollChangePlan(at.AddDays(k * w.Between(5, 12)), "bank_change", "direct_deposit", w.Pick(Banks("US")),
                        PersonFactory.BankAccount("US", w), p.FullName, "US", plan.HomeIp));
                }
                break;
        }
    }

    private static void Dprk(PersonDraft p, string scenario, string cluster)
    {
        p.Persona = "dprk";
        p.Scenario = scenario;
        p.Cluster = cluster;
        p.Expected = RiskLevel.High;
    }

    private static void Benign(PersonDraft p, string scenario, string cluster, params string[] lookalike)
    {
        p.Persona = "benign-lookalike";
        p.Scenario = scenario;
        p.Cluster = cluster;
        p.Expected = RiskLevel.Clear;
        foreach (var id in lookalike)
        {
            p.LookalikeOf.Add(id);
        }
    }

    /// <summary>Indicator ids from the plan as it will be written.</summary>
    private static void LabelWorker(PersonDraft p, List<PersonDraft> all)
    {
        var plan = p.Worker!;
        if (p.Persona != "dprk")
        {
            return;
        }
        var ind = p.Indicators;
        if (plan.FarmIp is not null)
        {
            ind.Add("NET-10");
            ind.Add("NET-02");
        }
        if (plan.FarmAddress is not null)
        {
            ind.Add("SHP-04");
            ind.Add("SHP-01");
        }
        if (plan.ShipRedirected)
        {
            ind.Add("SHP-02");
        }
        if (plan.VpnPrefix is not null && !plan.VpnSometimes)
        {
            ind.Add("NET-05");
            ind.Add("NET-08");
        }
        if (plan.AstrillInstalled)
        {
            ind.Add("END-09");
        }
        if (plan.ActivityZone == "Asia/Pyongyang" && !PersonaPlanter.IsEastAsianOffset(p.City.TimeZone))
        {
            ind.Add("WRK-01");
        }
        if (plan.ImpossibleTravel)
        {
            ind.Add("NET-01");
            ind.Add("NET-06");
        }
        if (plan.Rmm.Length > 0)
        {
            ind.Add("END-02");
        }
        if (plan.Kvm is not null)
        {
            ind.Add("END-01");
        }
        if (plan.Jiggler)
        {
            ind.Add("END-03");
        }
        var changes = plan.PayrollChanges.Skip(1).ToList();
        if (changes.Any(c => c.Method == "crypto"))
        {
            ind.Add("PAY-01");
            if (changes.Any(c => SanctionedWallets.Dprk.Any(s => s.Address == c.Account)))
            {
                ind.Add("PAY-10");
                ind.Add("SAN-01");
            }
        }
        if (changes.Any(c => c.Method is "payoneer" or "wise"))
        {
            ind.Add("PAY-03");
        }
        if (changes.Count >= 3)
        {
            ind.Add("PAY-04");
        }
        if (changes.Any(c => all.Any(o => o != p && o.Worker!.PayrollChanges.Any(x => x.Account == c.Account))))
        {
            ind.Add("PAY-05");
        }
    }

    public static string[] Banks(string country) => country switch
    {
        "US" => ["Chase", "Bank of America", "Wells Fargo", "Citibank", "US Bank", "PNC"],
        "CA" => ["RBC", "TD Canada Trust", "Scotiabank"],
        "GB" => ["Barclays", "HSBC UK", "Lloyds", "NatWest"],
        "DE" => ["Deutsche Bank", "Commerzbank", "Sparkasse"],
        "PL" => ["PKO Bank Polski", "mBank", "Santander Bank Polska"],
        "JP" => ["MUFG Bank", "SMBC", "Mizuho"],
        _ => ["HSBC", "Citibank"],
    };
}
