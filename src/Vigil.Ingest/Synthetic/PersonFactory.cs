using System.Globalization;
using System.Numerics;
using System.Text;
using Vigil.Core.Model;
using Vigil.Ingest.Applicants;

namespace Vigil.Ingest.Synthetic;

/// <summary>Builds ordinary people: the diverse background population every planted persona hides in.</summary>
internal sealed class PersonFactory(DateTimeOffset reference)
{
    private static readonly string[] Positions =
    [
        "Backend Engineer", "Senior Backend Engineer", "Full-Stack Developer", "Frontend Engineer", "Mobile Developer", "Data Engineer",
        "DevOps Engineer", "Site Reliability Engineer", "Machine Learning Engineer", "QA Automation Engineer", "Security Engineer",
        "Solutions Architect", "Smart Contract Developer", "Technical Support Engineer", "Product Designer", "Data Analyst",
    ];

    public DateTimeOffset Reference => reference;

    public PersonDraft Ordinary(SynthRandom rng, CountryProfile? country = null, NameCulture? culture = null)
    {
        var p = new PersonDraft();
        p.Country = country ?? Geography.PickCountry(rng);
        p.City = rng.Pick(p.Country.Cities);
        var c = culture ?? Geography.PickCulture(p.Country, rng);
        SetName(p, c, rng);
        p.Kind = rng.Chance(0.25) ? SubjectKind.Freelancer : SubjectKind.Applicant;
        p.Status = p.Kind == SubjectKind.Applicant ? SubjectStatus.Applied : SubjectStatus.Active;
        p.Emails.Add(Email(p, rng, rng.Pick(p.Country.MailDomains)));
        if (rng.Chance(0.1))
        {
            p.Emails.Add(Email(p, rng, rng.Pick(["gmail.com", "outlook.com", "proton.me"])));
        }
        p.Phones.Add(PhoneFactory.Mobile(p.Country.Code, rng));
        if (rng.Chance(0.12))
        {
            p.Phones.Add(PhoneFactory.Fixed(p.Country.Code, rng));
        }
        p.Address = Geography.Address(p.Country, p.City, rng, withUnit: rng.Chance(0.4));
        var age = rng.Between(21, 60);
        p.DateOfBirth = new DateOnly(reference.Year - age, rng.Between(1, 12), rng.Between(1, 28));
        p.Ips.Add(ResidentialIp(p.Country, rng));
        if (rng.Chance(0.3))
        {
            p.Ips.Add(ResidentialIp(p.Country, rng));
        }
        p.AppliedAt = LocalDaytime(rng, p.City.TimeZone, rng.Between(1, 180));
        p.Position = rng.Pick(Positions);
        var careerStart = reference.Year - Math.Clamp(age - 22 - rng.Between(0, 3), 1, 35);
        p.Resume = ResumeGrammar.Generate(rng, p.FullName, rng.Pick(p.Country.Universities), careerStart, reference.Year);
        if (rng.Chance(0.7))
        {
            p.CoverLetter = ResumeGrammar.CoverLetter(rng, p.Position, "your company");
        }
        if (rng.Chance(0.55))
        {
            p.Face = FaceSpec.Random(rng);
        }
        if (p.Kind == SubjectKind.Freelancer || rng.Chance(0.1))
        {
            AddPayout(p, rng);
        }
        if (rng.Chance(0.25))
        {
            p.Banks.Add(BankAccount(p.Country.Code, rng));
        }
        if (rng.Chance(0.06))
        {
            p.Wallets.Add(new WalletRef("eth", "0x" + rng.Hex(40)));
        }
        var slug = Ascii(p.GivenName + p.FamilyName).ToLowerInvariant();
        if (rng.Chance(0.6))
        {
            p.GitHub = slug + (rng.Chance(0.5) ? rng.Between(1, 999).ToString(CultureInfo.InvariantCulture) : "");
            if (rng.Chance(0.7))
            {
                var firstCommit = reference.AddDays(-rng.Between(200, 4000));
                p.GitHubFacts = new GitHubProfile(
                    firstCommit.AddDays(-rng.Between(0, 500)).AddSeconds(-rng.Next(86400)), firstCommit,
                    Skewed(rng, 400), Skewed(rng, 150), rng.Between(2, 90));
            }
        }
        if (rng.Chance(0.7))
        {
            p.LinkedIn = $"https://www.linkedin.com/in/{slug}-{rng.Alnum(6)}";
        }
        if (rng.Chance(0.2))
        {
            p.Portfolio = rng.Chance(0.5) ? $"https://{slug}.dev" : $"https://{p.GitHub ?? slug}.github.io";
        }
        if (p.Kind == SubjectKind.Freelancer)
        {
            var n = rng.Between(0, 8);
            for (var i = 0; i < n; i++)
            {
                p.Reviews.Add(new ApplicantReview(reference.AddDays(-rng.Between(10, 1100)).AddSeconds(-rng.Next(86400)),
                    Math.Round(3.5 + rng.NextDouble() * 1.5, 1), "client-" + rng.Alnum(8)));
            }
        }
        if (rng.Chance(0.4))
        {
            p.DocumentNumber = DocumentNumber(p.Country.Code, rng);
        }
        return p;
    }

    public static void SetName(PersonDraft p, NameCulture c, SynthRandom rng, string? family = null)
    {
        p.GivenName = rng.Pick(c.Given);
        p.FamilyName = family ?? rng.Pick(c.Family);
        if (c == NamePools.Vietnamese)
        {
            p.FullName = $"{p.FamilyName} {rng.Pick(["Văn", "Thị", "Minh", "Đức", "Ngọc"])} {p.GivenName}";
        }
        else if (c.FamilyFirst && rng.Chance(0.15))
        {
            p.FullName = $"{p.FamilyName.ToUpperInvariant()}, {p.GivenName}";
        }
        else
        {
            p.FullName = $"{p.GivenName} {p.FamilyName}";
        }
    }

    public void AddPayout(PersonDraft p, SynthRandom rng)
    {
        switch (rng.Next(3))
        {
            case 0: p.Payouts.Add(new PayoutAccountRef("payoneer", rng.Between(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture))); break;
            case 1: p.Payouts.Add(new PayoutAccountRef("wise", p.Emails[0])); break;
            default: p.Payouts.Add(new PayoutAccountRef("paypal", p.Emails[0])); break;
        }
    }

    public static string Email(PersonDraft p, SynthRandom rng, string domain)
    {
        var g = Ascii(p.GivenName).ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var f = Ascii(p.FamilyName).ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var n = rng.Between(1, 99).ToString(CultureInfo.InvariantCulture);
        var local = rng.Next(6) switch
        {
            0 => $"{g}.{f}",
            1 => $"{g}{f}{n}",
            2 => $"{g[0]}.{f}",
            3 => $"{g}_{f}{n}",
            4 => $"{f}.{g}{rng.Between(70, 99)}",
            _ => $"{g}{f[0]}{rng.Alnum(3)}",
        };
        return $"{local}@{domain}";
    }

    /// <summary>ASCII-folds a name for emails and handles: diacritics dropped, ł/đ/ß spelled out.</summary>
    public static string Ascii(string s)
    {
        var d = s.Replace("ł", "l", StringComparison.Ordinal).Replace("Ł", "L", StringComparison.Ordinal)
                 .Replace("đ", "d", StringComparison.Ordinal).Replace("Đ", "D", StringComparison.Ordinal)
                 .Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var ch in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark && ch < 128 && (char.IsLetterOrDigit(ch) || ch is ' ' or '-' or '\''))
            {
                sb.Append(ch);
            }
        }
        return sb.ToString();
    }

    public static string ResidentialIp(CountryProfile c, SynthRandom rng) => Geography.IpIn(rng.Pick(c.ResidentialPrefixes), rng);

    /// <summary>A timestamp <paramref name="daysAgo"/> days before the reference at a daytime local hour (8–22,
    /// weighted to working hours) in <paramref name="timeZone"/>.</summary>
    public DateTimeOffset LocalDaytime(SynthRandom rng, string timeZone, int daysAgo)
    {
        var hour = rng.Chance(0.75) ? rng.Between(9, 17) : rng.Between(8, 22);
        return AtLocal(timeZone, DateOnly.FromDateTime(reference.UtcDateTime.AddDays(-daysAgo)), hour, rng.Next(60), rng.Next(60));
    }

    private static readonly Dictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    public static TimeZoneInfo Zone(string id)
    {
        lock (Zones)
        {
            if (!Zones.TryGetValue(id, out var z))
            {
                z = TimeZoneInfo.FindSystemTimeZoneById(id);
                Zones[id] = z;
            }
            return z;
        }
    }

    public static DateTimeOffset AtLocal(string timeZone, DateOnly day, int hour, int minute, int second)
    {
        var local = new DateTime(day.Year, day.Month, day.Day, hour, minute, second, DateTimeKind.Unspecified);
        var zone = Zone(timeZone);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    private static int Skewed(SynthRandom rng, int max) => (int)(max * Math.Pow(rng.NextDouble(), 3));

    private static readonly Dictionary<string, (int Bban, string Bank)> IbanShapes = new(StringComparer.Ordinal)
    {
        ["DE"] = (18, "37040044"), ["FR"] = (23, "20041010"), ["ES"] = (20, "21000418"), ["IT"] = (23, "X0542811101"),
        ["NL"] = (14, "ABNA"), ["PL"] = (24, "10901014"), ["GB"] = (18, "NWBK601613"), ["UA"] = (25, "305299"), ["BR"] = (23, "00360305"),
    };

    /// <summary>IBANs with a correct ISO 7064 mod-97 checksum for IBAN countries; else a national account number.</summary>
    public static string BankAccount(string country, SynthRandom rng)
    {
        if (!IbanShapes.TryGetValue(country, out var shape))
        {
            return country == "US" ? $"{rng.Pick(["021000021", "026009593", "121000358", "011401533"])} {rng.Digits(10)}" : rng.Digits(12);
        }
        var bban = shape.Bank + rng.Digits(shape.Bban - shape.Bank.Length);
        if (country == "BR")
        {
            bban += "P1";
        }
        var numeric = new StringBuilder();
        foreach (var ch in bban + country + "00")
        {
            numeric.Append(char.IsAsciiDigit(ch) ? ch.ToString() : (ch - 'A' + 10).ToString(CultureInfo.InvariantCulture));
        }
        var check = 98 - (int)(BigInteger.Parse(numeric.ToString(), CultureInfo.InvariantCulture) % 97);
        var iban = $"{country}{check:00}{bban}";
        // Written in groups of four, as on a bank statement.
        return string.Join(' ', Enumerable.Range(0, (iban.Length + 3) / 4).Select(i => iban.Substring(i * 4, Math.Min(4, iban.Length - i * 4))));
    }

    public static string DocumentNumber(string country, SynthRandom rng) => country switch
    {
        "US" => rng.Digits(9),
        "JP" => rng.Pick(["TK", "TR", "TZ", "MU"]) + rng.Digits(7),
        "GB" => rng.Digits(9),
        "DE" => "C" + rng.Alnum(8, upper: true),
        "IN" => (char)('A' + rng.Next(26)) + rng.Digits(7),
        _ => (char)('A' + rng.Next(26)) + rng.Alnum(1, upper: true) + rng.Digits(7),
    };
}
