using Vigil.Core.Cases;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;
using Vigil.Core.Scoring;
using Vigil.Storage;
using Vigil.Storage.Auth;

namespace Vigil.Server.Tests;

/// <summary>One organization's test data: a key per role, subjects sharing a payout account, alerts with findings.</summary>
public sealed class Seed
{
    public required Guid OrgId { get; init; }
    public required Dictionary<ApiRole, string> Keys { get; init; }
    public required List<Guid> SubjectIds { get; init; }
    public required List<Guid> AlertIds { get; init; }

    public string Admin => Keys[ApiRole.Admin];
    public string Analyst => Keys[ApiRole.Analyst];
    public string ReadOnly => Keys[ApiRole.ReadOnly];
    public string Ingest => Keys[ApiRole.IngestOnly];

    public static string FindingsJson(Guid related) =>
        $$"""[{"detectorId":"shared-payout-account","indicatorId":"PAY-05","weight":40,"contribution":40,"summary":"Payout account shared with another applicant","evidence":[{"label":"payout account","value":"payoneer:77","reference":"subject/{{related}}"}],"relatedSubjects":["{{related}}"]}]""";

    public static async Task<Seed> CreateAsync(VigilDatabase database, string name, int subjects = 3)
    {
        var org = await database.EnsureOrganizationAsync(name);
        var keys = new Dictionary<ApiRole, string>();
        foreach (var role in Enum.GetValues<ApiRole>())
        {
            keys[role] = (await ApiKeys.CreateAsync(database, org.Id, $"{name}-{role}", role)).Secret;
        }
        var now = DateTimeOffset.UtcNow;
        var list = new List<Subject>();
        for (var i = 0; i < subjects; i++)
        {
            var id = Guid.NewGuid();
            list.Add(new Subject
            {
                Id = id, OrgId = org.Id, ExternalId = $"{name}-{i}", FullName = $"Person {name} {i}", ClaimedCountry = "US",
                ClaimedTimezone = "America/Chicago", CreatedAt = now, UpdatedAt = now, ContentHash = $"h{i}",
                Identifiers =
                [
                    SubjectIdentifier.From(org.Id, id, Canonicalizer.Canonicalize(IdentifierKind.PayoutAccount, "77", new CanonicalizationContext(null, "payoneer"))),
                    SubjectIdentifier.From(org.Id, id, Canonicalizer.Canonicalize(IdentifierKind.Email, $"p{i}.{name}@example.com")),
                ],
            });
        }
        await using var db = database.CreateContext(org.Id);
        db.Subjects.AddRange(list);
        var alerts = list.Select((s, i) => new Alert
        {
            Id = Guid.NewGuid(), OrgId = org.Id, SubjectId = s.Id, Score = 50 + i * 10, Level = i == 0 ? RiskLevel.Review : RiskLevel.High,
            TopReason = "Payout account shared with another applicant", IndicatorIds = "PAY-05", DetectorIds = "shared-payout-account",
            FindingsJson = FindingsJson(list[(i + 1) % list.Count].Id), CreatedAt = now.AddMinutes(-i), UpdatedAt = now,
        }).ToList();
        db.Alerts.AddRange(alerts);
        db.Events.Add(new ActivityEvent { OrgId = org.Id, SubjectId = list[0].Id, Source = "okta", SourceEventId = name + "-e1", Type = EventType.SignIn, At = now.AddHours(-3), Ip = "203.0.113.9" });
        await db.SaveChangesAsync();
        return new Seed { OrgId = org.Id, Keys = keys, SubjectIds = list.Select(s => s.Id).ToList(), AlertIds = alerts.Select(a => a.Id).ToList() };
    }
}
