using System.Globalization;
using System.Text;

namespace Vigil.Ingest.Synthetic;

/// <summary>
/// Résumés from a phrase grammar: a summary, two to four jobs with bullets built from independent verb, object,
/// technology and outcome slots, skills and education. Unrelated applicants share only short common phrases, so
/// their word-shingle Jaccard stays low; template reuse (PRF-04) is planted by copying one output and editing it.
/// </summary>
internal static class ResumeGrammar
{
    public static readonly string[] Roles =
    [
        "backend engineer", "full-stack developer", "frontend developer", "mobile developer", "data engineer", "DevOps engineer",
        "site reliability engineer", "machine learning engineer", "QA automation engineer", "embedded software engineer",
        "security engineer", "cloud architect", "game developer", "data scientist", "platform engineer", "iOS developer",
        "Android developer", "solutions architect", "database administrator", "blockchain developer",
    ];

    private static readonly string[] Adjectives = ["Pragmatic", "Detail-oriented", "Curious", "Product-minded", "Experienced", "Self-directed", "Collaborative", "Analytical", "Versatile", "Quietly persistent"];

    private static readonly string[] Domains =
    [
        "payments", "healthcare scheduling", "logistics", "online education", "retail analytics", "insurance claims", "media streaming",
        "ad tech", "travel booking", "telecom billing", "energy metering", "public sector case management", "fintech lending",
        "manufacturing telemetry", "real estate listings", "HR software", "legal document review", "agritech", "sports data", "cybersecurity tooling",
    ];

    private static readonly string[] SummaryTemplates =
    [
        "{adj} {role} with {years} years in {domain}.",
        "{role} who has spent {years} years building software for {domain} teams.",
        "I am a {role} focused on {domain}; most of my {years} years went into {tech} services.",
        "{adj} {role}. {years} years of shipping production code, lately in {domain}.",
        "Over {years} years as a {role} I moved between startups and larger {domain} companies.",
        "{role} comfortable across the stack, with a soft spot for {tech} and {domain} problems.",
    ];

    private static readonly string[] SummaryExtras =
    [
        "I like small teams, clear ownership and boring deployments.",
        "Mentored junior developers and ran our weekly architecture review.",
        "Outside work I contribute to open-source tooling and write about testing.",
        "Looking for a remote role with a team that values code review.",
        "Fluent in English and comfortable writing design documents.",
        "Happiest when measuring before optimizing.",
        "Previously a teacher, which still shapes how I write documentation.",
        "Volunteer organizer of a local developer meetup.",
    ];

    private static readonly string[] Verbs =
    [
        "Designed", "Built", "Rewrote", "Migrated", "Maintained", "Led the rollout of", "Automated", "Profiled and sped up", "Introduced",
        "Replaced", "Hardened", "Documented", "Scaled", "Owned", "Prototyped", "Refactored", "Decommissioned", "Instrumented", "Co-designed", "Shipped",
    ];

    private static readonly string[] Objects =
    [
        "the billing pipeline", "an internal feature-flag service", "the customer onboarding flow", "a reporting warehouse", "our mobile checkout",
        "the search indexer", "a partner-facing REST API", "the event ingestion layer", "nightly batch jobs", "the authentication gateway",
        "a recommendation engine", "the deployment pipeline", "an inventory sync service", "the notification system", "a GraphQL gateway",
        "legacy cron scripts", "the data retention tooling", "a real-time pricing module", "the audit logging subsystem", "an A/B testing framework",
        "the image processing workers", "a document OCR pipeline", "the support ticket triage bot", "an offline-first sync engine", "a geospatial routing service",
    ];

    private static readonly string[] Techs =
    [
        "Go", "Rust", "Java", "Kotlin", "C#", ".NET", "Python", "Django", "FastAPI", "Node.js", "TypeScript", "React", "Vue", "Angular", "Svelte",
        "Swift", "Flutter", "PostgreSQL", "MySQL", "Redis", "Kafka", "RabbitMQ", "Elasticsearch", "Kubernetes", "Terraform", "AWS Lambda",
        "GCP Pub/Sub", "Azure Functions", "Spark", "Airflow", "dbt", "Snowflake", "PyTorch", "TensorFlow", "gRPC", "GraphQL", "Docker",
        "Ansible", "Prometheus", "Grafana", "ClickHouse", "MongoDB", "Cassandra", "Scala", "Elixir", "Ruby on Rails", "PHP", "Laravel", "C++", "Unity",
    ];

    private static readonly string[] Outcomes =
    [
        "cutting p95 latency by {pct}%", "saving about ${k}k a year in cloud spend", "reducing on-call pages by {pct}%", "halving release time",
        "with zero downtime", "used by {k}k daily users", "while keeping test coverage above {pct}%", "ahead of an audit deadline",
        "which removed {k} manual steps a week", "supporting {k} million events per day", "after a two-week design spike", "in close work with the support team",
        "enabling three new enterprise customers", "reducing failed payments by {pct}%", "so that analysts could self-serve",
    ];

    private static readonly string[] CompanyHeads = ["North", "Blue", "Bright", "Silver", "Granite", "Harbor", "Red", "Clear", "Summit", "Pine", "Cobalt", "Lumen", "Atlas", "Vector", "Quarry", "Maple", "Orbit", "Delta", "Kestrel", "Willow"];

    private static readonly string[] CompanyTails = ["wind Analytics", "field Labs", "stone Software", "path Systems", "line Health", "bridge Data", "works", "point Digital", "ridge Solutions", "leaf Technologies", "beam Logistics", "gate Fintech"];

    private static readonly string[] Titles = ["Software Engineer", "Senior Software Engineer", "Developer", "Lead Developer", "Engineer II", "Staff Engineer", "Contract Developer", "Junior Developer"];

    public static string Company(SynthRandom rng) => rng.Pick(CompanyHeads) + rng.Pick(CompanyTails);

    public static string Tech(SynthRandom rng) => rng.Pick(Techs);

    public static string Generate(SynthRandom rng, string fullName, string university, int careerStartYear, int referenceYear, string? extraParagraph = null)
    {
        var sb = new StringBuilder(1500);
        var role = rng.Pick(Roles);
        var years = Math.Max(1, referenceYear - careerStartYear);
        sb.Append(fullName).Append('\n');
        sb.Append(Article(Fill(rng.Pick(SummaryTemplates), rng, role, years))).Append(' ');
        sb.Append(rng.Pick(SummaryExtras)).Append("\n\n");
        if (extraParagraph is not null)
        {
            sb.Append(extraParagraph).Append("\n\n");
        }
        sb.Append("Experience\n");
        var jobs = rng.Between(2, 4);
        var end = referenceYear;
        for (var j = 0; j < jobs; j++)
        {
            var start = Math.Max(careerStartYear, end - rng.Between(1, 4));
            sb.Append(rng.Pick(Titles)).Append(", ").Append(Company(rng)).Append(" (")
              .Append(start.ToString(CultureInfo.InvariantCulture)).Append('–')
              .Append(j == 0 ? "present" : end.ToString(CultureInfo.InvariantCulture)).Append(")\n");
            var bullets = rng.Between(2, 4);
            for (var b = 0; b < bullets; b++)
            {
                sb.Append("- ").Append(rng.Pick(Verbs)).Append(' ').Append(rng.Pick(Objects)).Append(" in ").Append(Tech(rng))
                  .Append(", ").Append(Fill(rng.Pick(Outcomes), rng, role, years, capitalize: false)).Append(".\n");
            }
            end = start;
        }
        sb.Append("\nSkills: ").Append(string.Join(", ", rng.Sample(Techs, rng.Between(5, 9)))).Append('\n');
        sb.Append("Education: ").Append(rng.Pick(["B.Sc. Computer Science", "B.Eng. Software Engineering", "M.Sc. Computer Science", "B.Sc. Mathematics", "B.A. Economics", "M.Eng. Electrical Engineering"]))
          .Append(", ").Append(university).Append(" (").Append((careerStartYear - 1).ToString(CultureInfo.InvariantCulture)).Append(")\n");
        return sb.ToString();
    }

    public static string CoverLetter(SynthRandom rng, string position, string company)
    {
        string[] openers = ["Hello,", "Dear hiring team,", "Hi there,", "Good morning,"];
        string[] middles =
        [
            "I read the {position} posting at {company} and it lines up with what I have been doing for the last few years.",
            "The {position} role caught my eye because {company} works on problems I care about.",
            "A former colleague recommended {company}, and the {position} opening looks like a good fit.",
            "I am applying for the {position} position; the description of your engineering culture convinced me to write.",
        ];
        string[] closers = ["Thanks for your time.", "I would be glad to talk.", "Looking forward to hearing from you.", "Happy to share code samples."];
        return $"{rng.Pick(openers)}\n{rng.Pick(middles).Replace("{position}", position, StringComparison.Ordinal).Replace("{company}", company, StringComparison.Ordinal)} {rng.Pick(SummaryExtras)}\n{rng.Pick(closers)}";
    }

    /// <summary>"a engineer" → "an engineer" after slot filling.</summary>
    private static string Article(string s) => System.Text.RegularExpressions.Regex.Replace(s, @"\b([Aa]) ([AEIOUaeiou])", "$1n $2");

    private static string Fill(string template, SynthRandom rng, string role, int years, bool capitalize = true)
    {
        var s = template
            .Replace("{adj}", rng.Pick(Adjectives), StringComparison.Ordinal)
            .Replace("{role}", role, StringComparison.Ordinal)
            .Replace("{years}", years.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{domain}", rng.Pick(Domains), StringComparison.Ordinal)
            .Replace("{tech}", Tech(rng), StringComparison.Ordinal)
            .Replace("{pct}", rng.Between(12, 70).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{k}", rng.Between(2, 900).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return capitalize ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }

    /// <summary>
    /// A copy of <paramref name="template"/> with small edits, as an operator reusing one résumé across personas
    /// would make (PRF-04): the name line replaced, a few numbers changed, one bullet dropped or two swapped.
    /// </summary>
    public static string Variant(string template, string fullName, SynthRandom rng)
    {
        var lines = template.Split('\n').ToList();
        lines[0] = fullName;
        var bulletIdx = Enumerable.Range(0, lines.Count).Where(i => lines[i].StartsWith("- ", StringComparison.Ordinal)).ToList();
        if (bulletIdx.Count > 4 && rng.Chance(0.5))
        {
            lines.RemoveAt(rng.Pick(bulletIdx));
        }
        else if (bulletIdx.Count >= 2)
        {
            var a = rng.Pick(bulletIdx);
            var b = rng.Pick(bulletIdx);
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }
        var text = string.Join('\n', lines);
        // Change one number (years of experience, a percentage): typical "personalisation".
        var sb = new StringBuilder(text);
        for (var i = 0; i < sb.Length; i++)
        {
            if (char.IsAsciiDigit(sb[i]) && (i == 0 || !char.IsAsciiDigit(sb[i - 1])) && rng.Chance(0.08))
            {
                sb[i] = (char)('1' + rng.Next(9));
            }
        }
        return sb.ToString();
    }
}
