using System.Globalization;
using Vigil.Core.Model;
using Vigil.Core.Scoring;
using Vigil.Ingest.Applicants;

namespace Vigil.Ingest.Synthetic;

/// <summary>
/// Plants DPRK-pattern personas built from the published indicators (indicators.md), and benign look-alikes that
/// resemble them on the surface but must not be flagged. Every planted fact is recorded in the person's label,
/// and labels are derived from the data actually written (a PAY-05 label means the payout account really is shared).
/// </summary>
internal sealed class PersonaPlanter(PersonFactory people)
{
    private const string Dprk = "dprk";
    private const string Benign = "benign-lookalike";

    /// <summary>Disposable domains present in the disposable-email-domains blocklist and MISP's disposable-email list.</summary>
    public static readonly string[] DisposableDomains = ["mailinator.com", "guerrillamail.com", "yopmail.com", "sharklasers.com", "dispostable.com", "maildrop.cc", "getnada.com", "trashmail.com"];

    private static readonly string[] RingRoles = ["Full Stack Blockchain Developer", "Senior AI & Full Stack Engineer", "Smart Contract Developer", "Senior Full Stack Developer", "Web3 Engineer"];

    private static readonly CountryProfile[] ClaimedByPersonas =
    [
        Geography.US, Geography.US, Geography.US, Geography.US, Geography.US, Geography.JP, Geography.JP,
        Geography.PL, Geography.UA, Geography.IT, Geography.GB, Geography.CA, Geography.DE,
    ];

    /// <summary>
    /// An operator ring (NETW-02): several "different" applicants run by one team, sharing payout accounts (PAY-05),
    /// phones (COM-02), a résumé template with small edits (PRF-04) and reused photos (PRF-01), applying through
    /// VPN and hosting IPs (NET-05, NET-07) at Pyongyang daytime (WRK-01), with young GitHub accounts that predate
    /// their own commits (GH-01), disposable emails and VoIP numbers (COM-03), review bursts from one client
    /// (FRL-02) and, for some rings, an OFAC-listed wallet (PAY-10, SAN-01).
    /// </summary>
    public List<PersonDraft> OperatorRing(SynthRandom rng, string clusterId, int size, bool sanctioned)
    {
        var reference = people.Reference;
        var payouts = new List<PayoutAccountRef>
        {
            new("payoneer", rng.Between(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture)),
        };
        if (rng.Chance(0.5))
        {
            payouts.Add(new PayoutAccountRef("wise", $"{rng.Alnum(8)}@proton.me"));
        }
        var ringPhones = new List<string> { rng.Chance(0.5) ? PhoneFactory.Voip("JP", rng) : PhoneFactory.Mobile("US", rng) };
        if (rng.Chance(0.4))
        {
            ringPhones.Add(PhoneFactory.Voip("GB", rng));
        }
        var role = rng.Pick(RingRoles);
        var template = ResumeGrammar.Generate(rng, "NAME", rng.Pick(Geography.US.Universities), reference.Year - rng.Between(7, 11), reference.Year,
            extraParagraph: $"{role} with 10+ years building DeFi protocols, NFT marketplaces, AI chatbots, mobile apps, casino games and CAD tools.");
        var faces = new[] { FaceSpec.Random(rng), FaceSpec.Random(rng) };
        var vpn = rng.Pick(AnonymizerRanges.Vpn);
        var hosting = rng.Pick(AnonymizerRanges.Hosting);
        var client = "client-" + rng.Alnum(8);
        var burstStart = reference.AddDays(-rng.Between(5, 60));
        var members = new List<PersonDraft>();
        for (var i = 0; i < size; i++)
        {
            var m = rng.Fork($"member/{i}");
            var country = m.Pick(ClaimedByPersonas);
            var p = people.Ordinary(m, country);
            if (m.Chance(0.4))
            {
                p.GivenName = m.Pick(NamePools.GenericPersonaGiven);
                p.FamilyName = m.Pick(NamePools.GenericPersonaFamily);
                p.FullName = $"{p.GivenName} {p.FamilyName}";
                p.Emails[0] = PersonFactory.Email(p, m, m.Pick(["gmail.com", "outlook.com", "proton.me", "hotmail.com"]));
            }
            p.Persona = Dprk;
            p.Scenario = "operator-ring";
            p.Cluster = clusterId;
            p.Expected = RiskLevel.High;
            p.Kind = m.Chance(0.5) ? SubjectKind.Freelancer : SubjectKind.Applicant;
            p.Status = p.Kind == SubjectKind.Applicant ? SubjectStatus.Applied : SubjectStatus.Active;
            p.Position = role;
            p.Resume = ResumeGrammar.Variant(template, p.FullName, m);
            p.CoverLetter = null;
            p.Reviews.Clear();
            p.Payouts.Clear();
            p.Phones.Clear();
            p.Ips.Clear();
            p.Wallets.Clear();
            p.Banks.Clear();

            // Contacts: a shared ring phone for most, otherwise the persona's own VoIP or mobile number.
            if (i < 2 || m.Chance(0.6))
            {
                p.Phones.Add(ringPhones[i % ringPhones.Count]);
            }
            else
            {
                p.Phones.Add(m.Chance(0.5) ? PhoneFactory.Voip(m.Chance(0.5) ? "JP" : "GB", m) : PhoneFactory.Mobile(country.Code, m));
            }
            if (m.Chance(0.3))
            {
                p.Emails[0] = $"{PersonFactory.Ascii(p.GivenName).ToLowerInvariant()}{m.Digits(3)}@{m.Pick(DisposableDomains)}";
            }
            // Payouts: the ring's account for most members.
            if (i < 2 || m.Chance(0.7))
            {
                p.Payouts.Add(payouts[i % payouts.Count]);
            }
            else
            {
                people.AddPayout(p, m);
            }
            // Infrastructure.
            p.Ips.Add(Geography.IpIn(vpn, m));
            if (m.Chance(0.6))
            {
                p.Ips.Add(Geography.IpIn(hosting, m));
            }
            if (m.Chance(0.15))
            {
                p.Ips.Add(Geography.IpIn(m.Chance(0.85) ? AnonymizerRanges.ChinaLiaoning : AnonymizerRanges.Dprk, m));
            }
            // Applications at Pyongyang daytime, on weekdays.
            var day = DateOnly.FromDateTime(reference.UtcDateTime.AddDays(-m.Between(1, 120)));
            while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                day = day.AddDays(-1);
            }
            p.AppliedAt = PersonFactory.AtLocal("Asia/Pyongyang", day, m.Between(9, 17), m.Next(60), m.Next(60));
            // Photos: most members reuse one of two base faces through an edit.
            if (i < 2 || m.Chance(0.6))
            {
                p.Face = faces[i < 2 ? 0 : m.Next(2)];
                p.PhotoVariant = (PhotoVariant)(i == 0 ? 0 : 1 + m.Next(4));
            }
            else
            {
                p.Face = FaceSpec.Random(m);
            }
            // GitHub created after the first commit it shows (backdated history).
            if (m.Chance(0.7))
            {
                p.GitHub = PersonFactory.Ascii(p.GivenName + p.FamilyName).ToLowerInvariant() + m.Digits(2);
                var created = reference.AddDays(-m.Between(20, 200));
                p.GitHubFacts = new GitHubProfile(created, created.AddDays(-m.Between(700, 2500)), m.Between(0, 12), m.Between(180, 900), m.Between(25, 60));
            }
            else
            {
                p.GitHub = null;
                p.GitHubFacts = null;
            }
            p.Portfolio = m.Chance(0.4) ? $"https://{PersonFactory.Ascii(p.GivenName).ToLowerInvariant()}-{m.Alnum(4)}.netlify.app" : null;
            // Review burst: many 5-star reviews within two days, mostly from the ring's own client account.
            if (p.Kind == SubjectKind.Freelancer && m.Chance(0.7))
            {
                var n = m.Between(3, 6);
                for (var r = 0; r < n; r++)
                {
                    p.Reviews.Add(new ApplicantReview(burstStart.AddMinutes(m.Between(0, 48 * 60)), 5, r < 2 ? client : "client-" + m.Alnum(8)));
                }
            }
            if (sanctioned && i < 2)
            {
                var (chain, address) = SanctionedWallets.Dprk[i % SanctionedWallets.Dprk.Length];
                p.Wallets.Add(new WalletRef(chain, address));
            }
            else if (m.Chance(0.3))
            {
                p.Wallets.Add(new WalletRef("eth", "0x" + m.Hex(40)));
            }
            members.Add(p);
        }
        LabelRing(members, client);
        return members;
    }

    /// <summary>Derives each member's indicator ids from what was actually planted on it.</summary>
    private static void LabelRing(List<PersonDraft> members, string client)
    {
        int Count<T>(Func<PersonDraft, IEnumerable<T>> values, T value) => members.Count(x => values(x).Contains(value));
        foreach (var p in members)
        {
            var ind = p.Indicators;
            ind.Add("NETW-02");
            ind.Add("PRF-04");
            if (p.Payouts.Any(a => Count(x => x.Payouts, a) > 1))
            {
                ind.Add("PAY-05");
            }
            if (p.Phones.Any(ph => Count(x => x.Phones, ph) > 1))
            {
                ind.Add("COM-02");
            }
            if (p.Face is not null && members.Count(x => ReferenceEquals(x.Face, p.Face)) > 1)
            {
                ind.Add("PRF-01");
                ind.Add("COM-02");
            }
            foreach (var ip in p.Ips)
            {
                if (AnonymizerRanges.Vpn.Any(r => InRange(ip, r)))
                {
                    ind.Add("NET-05");
                }
                if (AnonymizerRanges.Hosting.Any(r => InRange(ip, r)))
                {
                    ind.Add("NET-07");
                }
                if (InRange(ip, AnonymizerRanges.ChinaLiaoning) || InRange(ip, AnonymizerRanges.Dprk))
                {
                    ind.Add("NET-06");
                }
            }
            if (IsEastAsianOffset(p.City.TimeZone) is false)
            {
                ind.Add("WRK-01");
            }
            if (p.GitHubFacts is { CreatedAt: { } c, FirstCommitAt: { } f } && c > f)
            {
                ind.Add("GH-01");
            }
            if (p.Emails.Any(e => DisposableDomains.Any(d => e.EndsWith("@" + d, StringComparison.Ordinal)))
                || p.Phones.Any(IsVoip))
            {
                ind.Add("COM-03");
            }
            if (p.Reviews.Count(r => r.Reviewer == client) >= 2)
            {
                ind.Add("FRL-02");
            }
            if (p.Wallets.Any(w => SanctionedWallets.Dprk.Any(s => s.Address == w.Address)))
            {
                ind.Add("PAY-10");
                ind.Add("SAN-01");
            }
        }
    }

    // ---- Benign look-alikes: each resembles an indicator and must stay clear. ----

    /// <summary>Bootcamp classmates: one shared paragraph about the same cohort, otherwise independent résumés
    /// (similar, not near-identical: looks like PRF-04 only at a glance).</summary>
    public List<PersonDraft> BootcampClass(SynthRandom rng, string clusterId, int size)
    {
        var country = rng.Chance(0.6) ? Geography.US : Geography.PickCountry(rng);
        var city = rng.Pick(country.Cities);
        var camp = rng.Pick(["Hack Reactor", "App Academy", "Le Wagon", "Ironhack", "General Assembly", "Flatiron School", "Codeworks"]);
        var year = people.Reference.Year - rng.Between(0, 2);
        var project = rng.Pick(["a volunteer-shift scheduler", "a recipe sharing app", "a bike-route planner", "a neighbourhood marketplace", "a study-group matcher"]);
        var paragraph = $"Graduated from the {camp} full-stack immersive in {city.Name} ({year}). Capstone: {project} built with React, Node.js and PostgreSQL, deployed on Heroku with a team of four.";
        var list = new List<PersonDraft>();
        for (var i = 0; i < size; i++)
        {
            var m = rng.Fork($"classmate/{i}");
            var p = people.Ordinary(m, country);
            p.City = city;
            p.Address = Geography.Address(country, city, m, withUnit: m.Chance(0.5));
            p.Resume = ResumeGrammar.Generate(m, p.FullName, rng.Pick(country.Universities), year, people.Reference.Year, paragraph);
            Mark(p, "bootcamp-classmates", clusterId, "PRF-04");
            list.Add(p);
        }
        return list;
    }

    /// <summary>A family at one address and one home IP, each with their own email and phone (looks like a shared
    /// address / IP across "different" names).</summary>
    public List<PersonDraft> Family(SynthRandom rng, string clusterId, int size)
    {
        var country = Geography.PickCountry(rng);
        var city = rng.Pick(country.Cities);
        var culture = Geography.PickCulture(country, rng);
        var family = rng.Pick(culture.Family);
        var address = Geography.Address(country, city, rng);
        var homeIp = PersonFactory.ResidentialIp(country, rng);
        var list = new List<PersonDraft>();
        for (var i = 0; i < size; i++)
        {
            var m = rng.Fork($"relative/{i}");
            var p = people.Ordinary(m, country, culture);
            PersonFactory.SetName(p, culture, m, family);
            p.Emails[0] = PersonFactory.Email(p, m, m.Pick(country.MailDomains));
            p.City = city;
            p.Address = address;
            p.Ips.Clear();
            p.Ips.Add(homeIp);
            p.AppliedAt = people.LocalDaytime(m, city.TimeZone, m.Between(1, 180));
            Mark(p, "family-shared-address", clusterId, "COM-02", "NETW-02");
            list.Add(p);
        }
        return list;
    }

    /// <summary>Coworkers applying from their employer's office: same office address and corporate egress IP.</summary>
    public List<PersonDraft> Coworkers(SynthRandom rng, string clusterId, int size)
    {
        var country = rng.Chance(0.5) ? Geography.US : Geography.PickCountry(rng);
        var city = rng.Pick(country.Cities);
        var office = Geography.Address(country, city, rng) + ", Suite " + rng.Between(100, 1900).ToString(CultureInfo.InvariantCulture);
        var egress = PersonFactory.ResidentialIp(country, rng);
        var list = new List<PersonDraft>();
        for (var i = 0; i < size; i++)
        {
            var m = rng.Fork($"coworker/{i}");
            var p = people.Ordinary(m, country);
            p.City = city;
            p.Address = office;
            p.Ips.Clear();
            p.Ips.Add(egress);
            p.AppliedAt = people.LocalDaytime(m, city.TimeZone, m.Between(1, 120));
            Mark(p, "coworkers-office-address", clusterId, "COM-02", "NET-02");
            list.Add(p);
        }
        return list;
    }

    /// <summary>A privacy-minded engineer who applies through a consumer VPN, everything else ordinary (NET-05 alone).</summary>
    public PersonDraft VpnUser(SynthRandom rng)
    {
        var p = people.Ordinary(rng);
        p.Ips.Clear();
        p.Ips.Add(Geography.IpIn(rng.Pick(AnonymizerRanges.Vpn), rng));
        if (rng.Chance(0.5))
        {
            p.Ips.Add(PersonFactory.ResidentialIp(p.Country, rng));
        }
        Mark(p, "privacy-vpn-user", "", "NET-05");
        return p;
    }

    /// <summary>A frequent traveller: application IPs from hotels in two or three other countries.</summary>
    public PersonDraft Traveller(SynthRandom rng)
    {
        var p = people.Ordinary(rng);
        p.Ips.Clear();
        p.Ips.Add(PersonFactory.ResidentialIp(p.Country, rng));
        foreach (var c in rng.Sample(Geography.All.Where(c => c != p.Country).ToList(), rng.Between(2, 3)))
        {
            p.Ips.Add(PersonFactory.ResidentialIp(c, rng));
        }
        Mark(p, "frequent-traveller", "", "NET-01", "NET-09");
        return p;
    }

    /// <summary>A Korean-American or Japanese applicant with entirely clean signals (names are never a signal).</summary>
    public PersonDraft KoreanOrJapanese(SynthRandom rng)
    {
        var korean = rng.Chance(0.5);
        var p = korean ? people.Ordinary(rng, Geography.US, NamePools.Korean) : people.Ordinary(rng, Geography.JP, NamePools.Japanese);
        p.Payouts.RemoveAll(a => a.Kind == "payoneer");
        Mark(p, korean ? "korean-american-clean" : "japanese-clean", "", "IDN-06", "PRF-11");
        return p;
    }

    /// <summary>A night owl who applies late at night in their own zone, which can fall on Pyongyang daytime.</summary>
    public PersonDraft NightOwl(SynthRandom rng)
    {
        var p = people.Ordinary(rng, Geography.US);
        var day = DateOnly.FromDateTime(people.Reference.UtcDateTime.AddDays(-rng.Between(1, 120)));
        p.AppliedAt = PersonFactory.AtLocal(p.City.TimeZone, day, rng.Pick([22, 23, 0, 1, 2]), rng.Next(60), rng.Next(60));
        Mark(p, "night-owl", "", "WRK-01");
        return p;
    }

    private static void Mark(PersonDraft p, string scenario, string cluster, params string[] lookalikeOf)
    {
        p.Persona = Benign;
        p.Scenario = scenario;
        p.Cluster = cluster;
        p.Expected = RiskLevel.Clear;
        foreach (var id in lookalikeOf)
        {
            p.LookalikeOf.Add(id);
        }
    }

    public static bool IsVoip(string phone)
    {
        var id = Vigil.Core.Identifiers.PhoneCanonicalizer.Canonicalize(phone, null);
        return id.Detail == "voip";
    }

    /// <summary>Whether the zone's standard offset is UTC+8 or +9 (where Pyongyang daytime is ordinary daytime).</summary>
    public static bool IsEastAsianOffset(string zone)
    {
        var offset = PersonFactory.Zone(zone).BaseUtcOffset;
        return offset == TimeSpan.FromHours(8) || offset == TimeSpan.FromHours(9);
    }

    public static bool InRange(string ip, string cidr)
    {
        if (!System.Net.IPAddress.TryParse(ip, out var a) || a.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork)
        {
            return false;
        }
        var slash = cidr.IndexOf('/', StringComparison.Ordinal);
        var net = System.Net.IPAddress.Parse(cidr[..slash]).GetAddressBytes();
        var bits = int.Parse(cidr[(slash + 1)..], CultureInfo.InvariantCulture);
        var x = a.GetAddressBytes();
        var mask = bits == 0 ? 0u : uint.MaxValue << (32 - bits);
        var xi = (uint)(x[0] << 24 | x[1] << 16 | x[2] << 8 | x[3]);
        var ni = (uint)(net[0] << 24 | net[1] << 16 | net[2] << 8 | net[3]);
        return (xi & mask) == (ni & mask);
    }
}
