using System.Globalization;

namespace Vigil.Ingest.Synthetic;

/// <summary>
/// Countries of the synthetic population. Residential prefixes are blocks allocated to large consumer ISPs of each
/// country (Comcast, AT&amp;T, BT, Virgin Media, Deutsche Telekom, Orange, SoftBank, NTT, Reliance Jio, Airtel,
/// VNPT, KT, Rogers, Telefónica...), so IP-to-country lookups (db-ip) agree with the claimed country for ordinary
/// people. They are not on VPN or datacenter lists.
/// </summary>
internal static class Geography
{
    private static readonly string[] GlobalMail = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.com"];

    public static readonly CountryProfile US = new("US", "United States",
        [
            new("New York", "NY", "America/New_York", 40.7128, -74.0060, "100"), new("Austin", "TX", "America/Chicago", 30.2672, -97.7431, "787"),
            new("Chicago", "IL", "America/Chicago", 41.8781, -87.6298, "606"), new("Seattle", "WA", "America/Los_Angeles", 47.6062, -122.3321, "981"),
            new("San Jose", "CA", "America/Los_Angeles", 37.3382, -121.8863, "951"), new("Denver", "CO", "America/Denver", 39.7392, -104.9903, "802"),
            new("Atlanta", "GA", "America/New_York", 33.7490, -84.3880, "303"), new("Phoenix", "AZ", "America/Phoenix", 33.4484, -112.0740, "850"),
            new("Boston", "MA", "America/New_York", 42.3601, -71.0589, "021"), new("Nashville", "TN", "America/Chicago", 36.1627, -86.7816, "372"),
        ],
        ["Main", "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Sunset", "Park", "River", "Highland", "Franklin", "Lincoln", "Jefferson", "Madison", "Willow", "Chestnut", "Spring"],
        ["73.0.0.0/8", "24.0.0.0/12", "99.0.0.0/10", "98.192.0.0/10"],
        [.. GlobalMail, "aol.com", "comcast.net"],
        [(NamePools.Anglo, 50), (NamePools.Hispanic, 14), (NamePools.Indian, 8), (NamePools.Chinese, 6), (NamePools.Korean, 4), (NamePools.Vietnamese, 3), (NamePools.Nigerian, 3), (NamePools.Arabic, 3), (NamePools.Filipino, 3), (NamePools.Japanese, 2), (NamePools.Italian, 2), (NamePools.Slavic, 2)],
        ["University of Texas at Austin", "University of Washington", "Georgia Institute of Technology", "Arizona State University", "University of Illinois Urbana-Champaign", "Rutgers University", "Purdue University", "Northeastern University", "San Jose State University", "University of Colorado Boulder"],
        30);

    public static readonly CountryProfile CA = new("CA", "Canada",
        [new("Toronto", "ON", "America/Toronto", 43.6532, -79.3832, "M5V"), new("Vancouver", "BC", "America/Vancouver", 49.2827, -123.1207, "V6B"), new("Montreal", "QC", "America/Toronto", 45.5017, -73.5673, "H2X")],
        ["King", "Queen", "Bay", "Yonge", "Granville", "Robson", "Sherbrooke", "Bloor", "Dundas", "Main"],
        ["99.224.0.0/11", "70.48.0.0/13"],
        [.. GlobalMail, "rogers.com"],
        [(NamePools.Anglo, 45), (NamePools.French, 15), (NamePools.Chinese, 12), (NamePools.Indian, 12), (NamePools.Filipino, 5), (NamePools.Korean, 4), (NamePools.Arabic, 4), (NamePools.Slavic, 3)],
        ["University of Toronto", "University of Waterloo", "McGill University", "University of British Columbia"],
        5);

    public static readonly CountryProfile GB = new("GB", "United Kingdom",
        [new("London", "ENG", "Europe/London", 51.5074, -0.1278, "E1"), new("Manchester", "ENG", "Europe/London", 53.4808, -2.2426, "M1"), new("Edinburgh", "SCT", "Europe/London", 55.9533, -3.1883, "EH1"), new("Bristol", "ENG", "Europe/London", 51.4545, -2.5879, "BS1")],
        ["High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road", "Park Avenue", "Queens Road", "Mill Lane", "Kings Road"],
        ["86.128.0.0/10", "81.96.0.0/12"],
        [.. GlobalMail, "btinternet.com", "sky.com"],
        [(NamePools.Anglo, 65), (NamePools.Indian, 10), (NamePools.Polish, 5), (NamePools.Nigerian, 5), (NamePools.Arabic, 5), (NamePools.Chinese, 4), (NamePools.Italian, 3), (NamePools.Portuguese, 3)],
        ["University of Manchester", "Imperial College London", "University of Edinburgh", "University of Bristol", "King's College London"],
        7);

    public static readonly CountryProfile DE = new("DE", "Germany",
        [new("Berlin", "BE", "Europe/Berlin", 52.5200, 13.4050, "10"), new("Munich", "BY", "Europe/Berlin", 48.1351, 11.5820, "80"), new("Hamburg", "HH", "Europe/Berlin", 53.5511, 9.9937, "20"), new("Cologne", "NW", "Europe/Berlin", 50.9375, 6.9603, "50")],
        ["Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße", "Bergstraße", "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße"],
        ["79.192.0.0/10", "84.128.0.0/10", "91.0.0.0/10"],
        ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.com"],
        [(NamePools.German, 75), (NamePools.Slavic, 6), (NamePools.Arabic, 6), (NamePools.Polish, 5), (NamePools.Italian, 4), (NamePools.Vietnamese, 2), (NamePools.Indian, 2)],
        ["TU München", "RWTH Aachen", "Humboldt-Universität zu Berlin", "Universität Hamburg", "KIT Karlsruhe"],
        6);

    public static readonly CountryProfile FR = new("FR", "France",
        [new("Paris", "IDF", "Europe/Paris", 48.8566, 2.3522, "750"), new("Lyon", "ARA", "Europe/Paris", 45.7640, 4.8357, "690"), new("Toulouse", "OCC", "Europe/Paris", 43.6047, 1.4442, "310")],
        ["de la République", "Victor Hugo", "Jean Jaurès", "de la Paix", "Pasteur", "du Moulin", "de l'Église", "Gambetta"],
        ["90.0.0.0/9", "78.192.0.0/10"],
        ["orange.fr", "free.fr", "gmail.com", "laposte.net", "outlook.fr", "proton.me"],
        [(NamePools.French, 78), (NamePools.Arabic, 10), (NamePools.Portuguese, 4), (NamePools.Vietnamese, 3), (NamePools.Italian, 3), (NamePools.Nigerian, 2)],
        ["Sorbonne Université", "École Polytechnique", "INSA Lyon", "Université de Toulouse", "EPITA"],
        4);

    public static readonly CountryProfile NL = new("NL", "Netherlands",
        [new("Amsterdam", "NH", "Europe/Amsterdam", 52.3676, 4.9041, "10"), new("Rotterdam", "ZH", "Europe/Amsterdam", 51.9244, 4.4777, "30"), new("Utrecht", "UT", "Europe/Amsterdam", 52.0907, 5.1214, "35")],
        ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Schoolstraat", "Nieuwstraat"],
        ["77.160.0.0/12", "84.24.0.0/13"],
        ["gmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "proton.me"],
        [(NamePools.Dutch, 75), (NamePools.Arabic, 8), (NamePools.Indian, 5), (NamePools.German, 5), (NamePools.Polish, 4), (NamePools.Chinese, 3)],
        ["TU Delft", "Universiteit van Amsterdam", "Universiteit Utrecht"],
        2);

    public static readonly CountryProfile PL = new("PL", "Poland",
        [new("Warsaw", "MZ", "Europe/Warsaw", 52.2297, 21.0122, "00"), new("Kraków", "MA", "Europe/Warsaw", 50.0647, 19.9450, "30"), new("Wrocław", "DS", "Europe/Warsaw", 51.1079, 17.0385, "50")],
        ["Marszałkowska", "Długa", "Polna", "Leśna", "Słoneczna", "Krótka", "Szkolna", "Ogrodowa"],
        ["83.0.0.0/11"],
        ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"],
        [(NamePools.Polish, 90), (NamePools.Slavic, 8), (NamePools.Vietnamese, 2)],
        ["Politechnika Warszawska", "AGH Kraków", "Uniwersytet Wrocławski"],
        3);

    public static readonly CountryProfile ES = new("ES", "Spain",
        [new("Madrid", "MD", "Europe/Madrid", 40.4168, -3.7038, "280"), new("Barcelona", "CT", "Europe/Madrid", 41.3851, 2.1734, "080"), new("Valencia", "VC", "Europe/Madrid", 39.4699, -0.3763, "460")],
        ["Calle Mayor", "Calle Real", "Avenida de la Constitución", "Calle del Sol", "Calle Nueva", "Gran Vía"],
        ["83.32.0.0/11"],
        ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
        [(NamePools.Hispanic, 85), (NamePools.Arabic, 6), (NamePools.Portuguese, 4), (NamePools.Italian, 3), (NamePools.Chinese, 2)],
        ["Universidad Politécnica de Madrid", "Universitat Politècnica de Catalunya", "Universitat de València"],
        3);

    public static readonly CountryProfile IT = new("IT", "Italy",
        [new("Milan", "MI", "Europe/Rome", 45.4642, 9.1900, "201"), new("Rome", "RM", "Europe/Rome", 41.9028, 12.4964, "001"), new("Turin", "TO", "Europe/Rome", 45.0703, 7.6869, "101")],
        ["Via Roma", "Via Garibaldi", "Via Mazzini", "Via Dante", "Corso Italia", "Via Verdi"],
        ["151.0.0.0/10"],
        ["gmail.com", "libero.it", "virgilio.it", "hotmail.it", "outlook.it"],
        [(NamePools.Italian, 88), (NamePools.Arabic, 4), (NamePools.Slavic, 4), (NamePools.Chinese, 2), (NamePools.Filipino, 2)],
        ["Politecnico di Milano", "Sapienza Università di Roma", "Politecnico di Torino"],
        2);

    public static readonly CountryProfile UA = new("UA", "Ukraine",
        [new("Kyiv", "30", "Europe/Kyiv", 50.4501, 30.5234, "01"), new("Lviv", "46", "Europe/Kyiv", 49.8397, 24.0297, "79"), new("Kharkiv", "63", "Europe/Kyiv", 49.9935, 36.2304, "61")],
        ["Khreshchatyk", "Shevchenka", "Franka", "Lesi Ukrainky", "Sadova", "Zelena"],
        ["93.72.0.0/13"],
        ["ukr.net", "gmail.com", "i.ua", "proton.me"],
        [(NamePools.Slavic, 95), (NamePools.Polish, 5)],
        ["Kyiv Polytechnic Institute", "Lviv Polytechnic National University", "Kharkiv National University"],
        3);

    public static readonly CountryProfile JP = new("JP", "Japan",
        [new("Tokyo", "13", "Asia/Tokyo", 35.6762, 139.6503, "150"), new("Osaka", "27", "Asia/Tokyo", 34.6937, 135.5023, "530"), new("Fukuoka", "40", "Asia/Tokyo", 33.5904, 130.4017, "810"), new("Yokohama", "14", "Asia/Tokyo", 35.4437, 139.6380, "220")],
        ["Jingumae", "Ebisu", "Umeda", "Tenjin", "Minatomirai", "Nishi-Shinjuku", "Shiba", "Nakameguro"],
        ["126.0.0.0/8", "153.128.0.0/9"],
        ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "outlook.jp"],
        [(NamePools.Japanese, 94), (NamePools.Korean, 2), (NamePools.Chinese, 2), (NamePools.Anglo, 1), (NamePools.Filipino, 1)],
        ["University of Tokyo", "Kyoto University", "Osaka University", "Kyushu University", "Waseda University", "Keio University"],
        4);

    public static readonly CountryProfile KR = new("KR", "South Korea",
        [new("Seoul", "11", "Asia/Seoul", 37.5665, 126.9780, "06"), new("Busan", "26", "Asia/Seoul", 35.1796, 129.0756, "48"), new("Incheon", "28", "Asia/Seoul", 37.4563, 126.7052, "21")],
        ["Teheran-ro", "Gangnam-daero", "Sejong-daero", "Haeundae-ro", "Olympic-ro"],
        ["121.128.0.0/10"],
        ["naver.com", "gmail.com", "daum.net", "kakao.com"],
        [(NamePools.Korean, 97), (NamePools.Chinese, 2), (NamePools.Anglo, 1)],
        ["Seoul National University", "KAIST", "Yonsei University", "Korea University", "POSTECH"],
        2);

    public static readonly CountryProfile IN = new("IN", "India",
        [new("Bengaluru", "KA", "Asia/Kolkata", 12.9716, 77.5946, "560"), new("Hyderabad", "TG", "Asia/Kolkata", 17.3850, 78.4867, "500"), new("Pune", "MH", "Asia/Kolkata", 18.5204, 73.8567, "411"), new("Chennai", "TN", "Asia/Kolkata", 13.0827, 80.2707, "600")],
        ["MG Road", "Residency Road", "Brigade Road", "Anna Salai", "FC Road", "Banjara Hills Road 12", "Outer Ring Road"],
        ["49.32.0.0/11", "122.160.0.0/12"],
        ["gmail.com", "yahoo.co.in", "outlook.com", "rediffmail.com"],
        [(NamePools.Indian, 100)],
        ["IIT Bombay", "IIT Madras", "BITS Pilani", "NIT Trichy", "IIIT Hyderabad", "Anna University", "VIT Vellore"],
        10);

    public static readonly CountryProfile VN = new("VN", "Vietnam",
        [new("Ho Chi Minh City", "SG", "Asia/Ho_Chi_Minh", 10.8231, 106.6297, "70"), new("Hanoi", "HN", "Asia/Ho_Chi_Minh", 21.0278, 105.8342, "10"), new("Da Nang", "DN", "Asia/Ho_Chi_Minh", 16.0544, 108.2022, "55")],
        ["Nguyễn Huệ", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Điện Biên Phủ", "Lý Thường Kiệt"],
        ["113.160.0.0/11", "14.160.0.0/11"],
        ["gmail.com", "yahoo.com.vn", "outlook.com"],
        [(NamePools.Vietnamese, 98), (NamePools.Chinese, 2)],
        ["Hanoi University of Science and Technology", "Ho Chi Minh City University of Technology", "FPT University"],
        3);

    public static readonly CountryProfile PH = new("PH", "Philippines",
        [new("Manila", "00", "Asia/Manila", 14.5995, 120.9842, "10"), new("Cebu City", "07", "Asia/Manila", 10.3157, 123.8854, "60"), new("Quezon City", "00", "Asia/Manila", 14.6760, 121.0437, "11")],
        ["Rizal Avenue", "Mabini Street", "Bonifacio Street", "Osmeña Boulevard", "Katipunan Avenue"],
        ["112.198.0.0/15"],
        ["gmail.com", "yahoo.com", "outlook.com"],
        [(NamePools.Filipino, 95), (NamePools.Chinese, 5)],
        ["University of the Philippines Diliman", "Ateneo de Manila University", "De La Salle University"],
        3);

    public static readonly CountryProfile BR = new("BR", "Brazil",
        [new("São Paulo", "SP", "America/Sao_Paulo", -23.5505, -46.6333, "01"), new("Rio de Janeiro", "RJ", "America/Sao_Paulo", -22.9068, -43.1729, "20"), new("Belo Horizonte", "MG", "America/Sao_Paulo", -19.9167, -43.9345, "30"), new("Curitiba", "PR", "America/Sao_Paulo", -25.4284, -49.2733, "80")],
        ["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Rua XV de Novembro", "Avenida Brasil", "Rua da Consolação"],
        ["177.32.0.0/11", "189.0.0.0/11"],
        ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "outlook.com"],
        [(NamePools.Portuguese, 85), (NamePools.Italian, 5), (NamePools.Japanese, 4), (NamePools.German, 3), (NamePools.Arabic, 3)],
        ["Universidade de São Paulo", "UNICAMP", "UFMG", "UFRJ", "UFPR"],
        6);

    public static readonly CountryProfile MX = new("MX", "Mexico",
        [new("Mexico City", "CMX", "America/Mexico_City", 19.4326, -99.1332, "06"), new("Guadalajara", "JAL", "America/Mexico_City", 20.6597, -103.3496, "44"), new("Monterrey", "NLE", "America/Monterrey", 25.6866, -100.3161, "64")],
        ["Avenida Reforma", "Calle Juárez", "Avenida Insurgentes", "Calle Hidalgo", "Calle Morelos"],
        ["187.128.0.0/10"],
        ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"],
        [(NamePools.Hispanic, 97), (NamePools.Arabic, 2), (NamePools.Chinese, 1)],
        ["UNAM", "Tecnológico de Monterrey", "Universidad de Guadalajara", "IPN"],
        3);

    public static readonly CountryProfile NG = new("NG", "Nigeria",
        [new("Lagos", "LA", "Africa/Lagos", 6.5244, 3.3792, "100"), new("Abuja", "FC", "Africa/Lagos", 9.0765, 7.3986, "900"), new("Ibadan", "OY", "Africa/Lagos", 7.3775, 3.9470, "200")],
        ["Allen Avenue", "Admiralty Way", "Ademola Adetokunbo Crescent", "Awolowo Road", "Herbert Macaulay Way"],
        ["105.112.0.0/12"],
        ["gmail.com", "yahoo.com", "outlook.com"],
        [(NamePools.Nigerian, 100)],
        ["University of Lagos", "Obafemi Awolowo University", "Covenant University", "University of Ibadan"],
        3);

    public static readonly CountryProfile AU = new("AU", "Australia",
        [new("Sydney", "NSW", "Australia/Sydney", -33.8688, 151.2093, "20"), new("Melbourne", "VIC", "Australia/Melbourne", -37.8136, 144.9631, "30"), new("Brisbane", "QLD", "Australia/Brisbane", -27.4698, 153.0251, "40")],
        ["George Street", "Collins Street", "Queen Street", "King Street", "Elizabeth Street"],
        ["101.160.0.0/11"],
        ["gmail.com", "bigpond.com", "outlook.com", "icloud.com"],
        [(NamePools.Anglo, 65), (NamePools.Chinese, 10), (NamePools.Indian, 8), (NamePools.Vietnamese, 4), (NamePools.Italian, 4), (NamePools.Korean, 3), (NamePools.Filipino, 3), (NamePools.Arabic, 3)],
        ["University of Sydney", "University of Melbourne", "UNSW Sydney", "University of Queensland"],
        3);

    public static readonly CountryProfile[] All = [US, CA, GB, DE, FR, NL, PL, ES, IT, UA, JP, KR, IN, VN, PH, BR, MX, NG, AU];

    private static readonly int TotalWeight = All.Sum(c => c.Weight);

    public static CountryProfile ByCode(string code) => All.First(c => c.Code == code);

    public static CountryProfile PickCountry(SynthRandom rng)
    {
        var x = rng.Next(TotalWeight);
        foreach (var c in All)
        {
            x -= c.Weight;
            if (x < 0)
            {
                return c;
            }
        }
        return US;
    }

    public static NameCulture PickCulture(CountryProfile country, SynthRandom rng)
    {
        var total = 0;
        foreach (var (_, w) in country.Cultures)
        {
            total += w;
        }
        var x = rng.Next(total);
        foreach (var (c, w) in country.Cultures)
        {
            x -= w;
            if (x < 0)
            {
                return c;
            }
        }
        return country.Cultures[0].Culture;
    }

    /// <summary>A random host inside one of the CIDR prefixes (never the network or broadcast address).</summary>
    public static string IpIn(string cidr, SynthRandom rng)
    {
        var slash = cidr.IndexOf('/', StringComparison.Ordinal);
        var parts = cidr[..slash].Split('.').Select(p => uint.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var bits = int.Parse(cidr[(slash + 1)..], CultureInfo.InvariantCulture);
        var network = parts[0] << 24 | parts[1] << 16 | parts[2] << 8 | parts[3];
        var size = 1u << (32 - bits);
        var host = network + 1 + (uint)rng.Next((int)Math.Min(size - 2, int.MaxValue));
        return $"{host >> 24}.{host >> 16 & 255}.{host >> 8 & 255}.{host & 255}";
    }

    /// <summary>A one-line postal address in the country's usual order.</summary>
    public static string Address(CountryProfile c, City city, SynthRandom rng, bool withUnit = false)
    {
        var street = rng.Pick(c.Streets);
        var n = rng.Between(1, 980).ToString(CultureInfo.InvariantCulture);
        string Postal(int digits) => city.PostalPrefix + rng.Digits(Math.Max(0, digits - city.PostalPrefix.Length));
        return c.Code switch
        {
            "US" => $"{n} {street} {rng.Pick(UsSuffixes)}{(withUnit ? $", Apt {rng.Between(1, 40)}{rng.Pick(["A", "B", "C", ""])}" : "")}, {city.Name}, {city.Region} {Postal(5)}",
            "CA" => $"{n} {street} {rng.Pick(["St", "Ave", "Blvd"])}{(withUnit ? $", Unit {rng.Between(100, 2500)}" : "")}, {city.Name}, {city.Region} {city.PostalPrefix} {rng.Digits(1)}{(char)('A' + rng.Next(26))}{rng.Digits(1)}",
            "GB" => $"{(withUnit ? $"Flat {rng.Between(1, 30)}, " : "")}{n} {street}, {city.Name} {city.PostalPrefix} {rng.Digits(1)}{(char)('A' + rng.Next(26))}{(char)('A' + rng.Next(26))}",
            "DE" or "NL" or "PL" => $"{street} {n}{(withUnit ? $", Wohnung {rng.Between(1, 20)}" : "")}, {Postal(c.Code == "NL" ? 4 : 5)}{(c.Code == "NL" ? $" {(char)('A' + rng.Next(26))}{(char)('A' + rng.Next(26))}" : "")} {city.Name}",
            "FR" => $"{n} rue {street}{(withUnit ? $", Apt {rng.Between(1, 60)}" : "")}, {Postal(5)} {city.Name}",
            "ES" or "IT" or "MX" => $"{street} {n}{(withUnit ? $", {rng.Between(1, 9)}º {rng.Pick(["A", "B", "C", "D"])}" : "")}, {Postal(5)} {city.Name}",
            "JP" => $"{rng.Between(1, 5)}-{rng.Between(1, 30)}-{rng.Between(1, 20)} {street}{(withUnit ? $" #{rng.Between(101, 1505)}" : "")}, {city.Name} {city.PostalPrefix}-{rng.Digits(4)}",
            "KR" => $"{n} {street}{(withUnit ? $", #{rng.Between(101, 2505)}" : "")}, {city.Name} {Postal(5)}",
            "IN" => $"{(withUnit ? $"Flat {rng.Between(101, 1204)}, " : "")}{n} {street}, {city.Name} {Postal(6)}",
            "BR" => $"{street}, {n}{(withUnit ? $", Apto {rng.Between(11, 304)}" : "")}, {city.Name} - {city.Region}, {city.PostalPrefix}{rng.Digits(3)}-{rng.Digits(3)}",
            _ => $"{n} {street}{(withUnit ? $", Apt {rng.Between(1, 40)}" : "")}, {city.Name} {Postal(5)}",
        };
    }

    private static readonly string[] UsSuffixes = ["St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way"];
}
