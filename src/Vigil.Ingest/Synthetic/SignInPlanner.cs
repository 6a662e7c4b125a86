namespace Vigil.Ingest.Synthetic;

/// <summary>
/// Plans each worker's sign-ins over the 28 days before the reference date: sessions on workdays at the hours of
/// the zone the worker really works in, from the IP their situation dictates (home, farm, VPN, hotel abroad).
/// </summary>
internal static class SignInPlanner
{
    public const int WindowDays = 28;

    private static readonly City VpnExit = new("Dallas", "Texas", "America/Chicago", 32.7767, -96.7970, "752");
    private static readonly City Shenyang = new("Shenyang", "Liaoning", "Asia/Shanghai", 41.8057, 123.4315, "110");

    public static List<PlannedSignIn> Plan(PersonDraft p, SynthRandom rng)
    {
        var plan = p.Worker!;
        var list = new List<PlannedSignIn>();
        var end = DateOnly.FromDateTime(SynthOptions.ReferenceDate.UtcDateTime);
        var start = end.AddDays(-WindowDays);
        var hiredDay = DateOnly.FromDateTime(plan.HiredAt.UtcDateTime);
        if (hiredDay > start)
        {
            start = hiredDay;
        }
        var vpnIps = plan.VpnPrefix is { } prefix ? new[] { Geography.IpIn(prefix, rng), Geography.IpIn(prefix, rng) } : [];
        var trips = new List<(DateOnly From, DateOnly To, CountryProfile Country, City City, string Ip)>();
        if (plan.Traveller)
        {
            var tripCount = rng.Between(1, 2);
            var cursor = start.AddDays(rng.Between(1, 6));
            for (var t = 0; t < tripCount; t++)
            {
                var country = rng.Pick(Geography.All.Where(c => c != p.Country).ToList());
                var length = rng.Between(3, 6);
                trips.Add((cursor, cursor.AddDays(length), country, rng.Pick(country.Cities), PersonFactory.ResidentialIp(country, rng)));
                cursor = cursor.AddDays(length + rng.Between(4, 9));
            }
        }
        var travelDays = plan.ImpossibleTravel ? new HashSet<int> { rng.Between(2, 12), rng.Between(14, 26) } : [];
        var dayIndex = 0;
        for (var day = start; day < end; day = day.AddDays(1), dayIndex++)
        {
            var trip = trips.FirstOrDefault(t => day >= t.From && day <= t.To);
            var zone = trip.City?.TimeZone ?? plan.ActivityZone;
            // Operators in Pyongyang work a six-day week; everyone else Monday to Friday (in their own zone).
            var dow = day.DayOfWeek;
            var workday = plan.ActivityZone == "Asia/Pyongyang" ? dow != DayOfWeek.Sunday : dow is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            if (!workday && !rng.Chance(0.08))
            {
                continue;
            }
            var sessions = rng.Between(1, 2);
            for (var s = 0; s < sessions; s++)
            {
                int hour;
                if (plan.NightOwl)
                {
                    hour = rng.Pick([20, 21, 22, 23, 0, 1, 2]);
                }
                else
                {
                    hour = s switch { 0 => rng.Between(7, 10), 1 => rng.Between(12, 15), _ => rng.Between(15, 19) };
                }
                var at = PersonFactory.AtLocal(zone, day, hour, rng.Next(60), rng.Next(60));
                if (at >= SynthOptions.ReferenceDate)
                {
                    continue;
                }
                var success = !rng.Chance(0.03);
                if (trip.City is not null)
                {
                    list.Add(Residential(at, trip.Ip, trip.Country, trip.City, success, managed: true));
                }
                else if (plan.FarmIp is not null)
                {
                    list.Add(Residential(at, plan.FarmIp, Geography.US, plan.FarmCity!, success, managed: true));
                }
                else if (vpnIps.Length > 0 && (!plan.VpnSometimes || rng.Chance(0.2)))
                {
                    list.Add(new PlannedSignIn(at, vpnIps[rng.Next(vpnIps.Length)], success, "US", "United States", VpnExit.Name, VpnExit.Region,
                        VpnExit.Lat, VpnExit.Lon, 9009, "m247 europe srl", IsProxy: true, Managed: plan.VpnSometimes));
                }
                else
                {
                    list.Add(Residential(at, plan.HomeIp, p.Country, p.City, success, managed: true));
                }
                if (s == 0 && travelDays.Contains(dayIndex))
                {
                    // Impossible travel (NET-01): the same account from Liaoning minutes after a US sign-in.
                    list.Add(new PlannedSignIn(at.AddMinutes(rng.Between(8, 35)), Geography.IpIn(AnonymizerRanges.ChinaLiaoning, rng), true, "CN", "China",
                        Shenyang.Name, Shenyang.Region, Shenyang.Lat, Shenyang.Lon, 4837, "china unicom china169 backbone", IsProxy: false, Managed: false));
                }
            }
        }
        list.Sort((a, b) => a.At.CompareTo(b.At));
        return list;
    }

    private static PlannedSignIn Residential(DateTimeOffset at, string ip, CountryProfile c, City city, bool success, bool managed)
    {
        var (asn, org) = Isp(c.Code);
        return new PlannedSignIn(at, ip, success, c.Code, c.Name, city.Name, city.Region, city.Lat, city.Lon, asn, org, IsProxy: false, managed);
    }

    /// <summary>The main consumer ISP of a country, as identity providers report it (lower case, as Okta does).</summary>
    public static (int Asn, string Org) Isp(string country) => country switch
    {
        "US" => (7922, "comcast cable communications, llc"),
        "CA" => (812, "rogers communications canada inc."),
        "GB" => (2856, "british telecommunications plc"),
        "DE" => (3320, "deutsche telekom ag"),
        "FR" => (3215, "orange s.a."),
        "NL" => (1136, "kpn b.v."),
        "PL" => (5617, "orange polska spolka akcyjna"),
        "ES" => (3352, "telefonica de espana s.a.u."),
        "IT" => (1267, "wind tre s.p.a."),
        "UA" => (15895, "kyivstar pjsc"),
        "JP" => (17676, "softbank corp."),
        "KR" => (4766, "korea telecom"),
        "IN" => (55836, "reliance jio infocomm limited"),
        "VN" => (45899, "vnpt corp"),
        "PH" => (4775, "globe telecoms"),
        "BR" => (18881, "telefonica brasil s.a"),
        "MX" => (8151, "uninet s.a. de c.v."),
        "NG" => (36873, "airtel networks limited"),
        "AU" => (1221, "telstra limited"),
        _ => (64496, "example isp"),
    };
}
