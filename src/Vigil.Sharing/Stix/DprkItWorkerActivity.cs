using Vigil.Sharing.Stix.Objects;

namespace Vigil.Sharing.Stix;

/// <summary>
/// The intrusion set and threat actor for the DPRK remote IT-worker activity, under the names vendors publish
/// (sources V1, V6, V8, V9, V11 in docs indicators.md). Ids are fixed so every Vigil installation relates its
/// indicators to the same objects and partners' graphs join.
/// </summary>
public static class DprkItWorkerActivity
{
    public const string IntrusionSetId = "intrusion-set--64a618fc-a12d-4222-9de9-666105b9aa89";
    public const string ThreatActorId = "threat-actor--f159e605-6b9d-4d5f-bfcc-d0626075f83d";

    /// <summary>Vendor names for the activity: CrowdStrike, Microsoft (Storm-0287 before naming), Mandiant,
    /// Secureworks, Unit 42.</summary>
    public static readonly IReadOnlyList<string> Aliases =
        ["Famous Chollima", "Jasper Sleet", "Storm-0287", "UNC5267", "Nickel Tapestry", "Wagemole"];

    private static readonly StixTimestamp Created = StixTimestamp.Parse("2026-11-23T00:00:00.000Z");

    public static IntrusionSet IntrusionSet() => new()
    {
        SpecVersion = StixConstants.SpecVersion,
        Id = IntrusionSetId,
        CreatedByRef = VigilStixExtensions.VigilIdentityId,
        Created = Created,
        Modified = Created,
        Name = "DPRK remote IT workers",
        Description = "North Korean IT workers hired remotely under stolen or invented identities to earn revenue for the DPRK.",
        Aliases = [.. Aliases],
        Goals = ["revenue generation", "access to employer systems"],
        ResourceLevel = "government",
        PrimaryMotivation = "organizational-gain",
        ExternalReferences =
        [
            new ExternalReference { SourceName = "Mandiant", Description = "UNC5267", Url = "https://cloud.google.com/blog/topics/threat-intelligence/mitigating-dprk-it-worker-threat" },
            new ExternalReference { SourceName = "Microsoft", Description = "Jasper Sleet", Url = "https://www.microsoft.com/en-us/security/blog/2025/06/30/jasper-sleet-north-korean-remote-it-workers-evolving-tactics-to-infiltrate-organizations/" },
        ],
    };

    public static ThreatActor ThreatActor() => new()
    {
        SpecVersion = StixConstants.SpecVersion,
        Id = ThreatActorId,
        CreatedByRef = VigilStixExtensions.VigilIdentityId,
        Created = Created,
        Modified = Created,
        Name = "DPRK IT worker",
        Description = "Individual DPRK IT workers and their facilitators operating personas under false identities.",
        ThreatActorTypes = ["nation-state", "criminal"],
        Aliases = [.. Aliases],
        Roles = ["agent"],
        ResourceLevel = "government",
        PrimaryMotivation = "organizational-gain",
    };
}
