using System.Globalization;
using System.Text.Json;

namespace Vigil.Ingest.Synthetic;

/// <summary>
/// Writes Microsoft Graph v1.0 <c>signIn</c> resources as they appear in a list page (log-formats.md §2.1, §2.5):
/// camelCase, <c>createdDateTime</c> with 7 fractional digits, <c>status.errorCode</c> 0 for success, two-letter
/// <c>location.countryOrRegion</c>, an empty <c>deviceDetail.deviceId</c> for unmanaged devices, and
/// <c>riskEventTypes_v2</c> with <c>anonymizedIPAddress</c> for anonymizer egress.
/// </summary>
internal static class EntraSignInWriter
{
    private static readonly (string Id, string Name, string Resource, string ResourceId)[] Apps =
    [
        ("1fec8e78-bce4-4aaf-ab1b-5451cc387264", "Microsoft Teams", "Microsoft Teams Services", "cc15fd57-2c6c-4117-a88c-83b1d56b4bbe"),
        ("89bee1f7-5e6e-4d8a-9f3d-ecd601259da7", "Office365 Shell WCSS-Client", "Office365 Shell WCSS-Server", "5f09333a-842c-47da-a157-57da27fcbca5"),
        ("00000002-0000-0ff1-ce00-000000000000", "Office 365 Exchange Online", "Office 365 Exchange Online", "00000002-0000-0ff1-ce00-000000000000"),
    ];

    public static void Write(Utf8JsonWriter w, PersonDraft p, PlannedSignIn s, DateTimeOffset at, SynthRandom rng, string browser, string os)
    {
        var plan = p.Worker!;
        var app = rng.Pick(Apps);
        w.WriteStartObject();
        w.WriteString("id", rng.NextGuid().ToString());
        w.WriteString("createdDateTime", at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        w.WriteString("userDisplayName", p.FullName);
        w.WriteString("userPrincipalName", plan.Login);
        w.WriteString("userId", OktaEventWriter.Stable(plan.Login, 8, hex: true) + "-" + OktaEventWriter.Stable(plan.Login + "1", 4, hex: true) + "-4" + OktaEventWriter.Stable(plan.Login + "2", 3, hex: true) + "-8" + OktaEventWriter.Stable(plan.Login + "3", 3, hex: true) + "-" + OktaEventWriter.Stable(plan.Login + "4", 12, hex: true));
        w.WriteString("appId", app.Id);
        w.WriteString("appDisplayName", app.Name);
        w.WriteString("ipAddress", s.Ip);
        w.WriteString("clientAppUsed", app.Name == "Office365 Shell WCSS-Client" ? "Browser" : "Mobile Apps and Desktop clients");
        w.WriteString("correlationId", rng.NextGuid().ToString());
        w.WriteString("conditionalAccessStatus", s.Success ? "success" : "notApplied");
        w.WriteBoolean("isInteractive", true);
        w.WriteString("riskDetail", "none");
        var risky = s.IsProxy || s.CountryCode == "CN";
        w.WriteString("riskLevelAggregated", risky ? "medium" : "none");
        w.WriteString("riskLevelDuringSignIn", risky ? "medium" : "none");
        w.WriteString("riskState", risky ? "atRisk" : "none");
        foreach (var name in new[] { "riskEventTypes", "riskEventTypes_v2" })
        {
            w.WriteStartArray(name);
            if (s.IsProxy)
            {
                w.WriteStringValue("anonymizedIPAddress");
            }
            else if (s.CountryCode == "CN")
            {
                w.WriteStringValue("unlikelyTravel");
            }
            w.WriteEndArray();
        }
        w.WriteString("resourceDisplayName", app.Resource);
        w.WriteString("resourceId", app.ResourceId);
        w.WriteStartObject("status");
        w.WriteNumber("errorCode", s.Success ? 0 : 50126);
        if (s.Success)
        {
            w.WriteNull("failureReason");
        }
        else
        {
            w.WriteString("failureReason", "Error validating credentials due to invalid username or password.");
        }
        w.WriteNull("additionalDetails");
        w.WriteEndObject();
        w.WriteStartObject("deviceDetail");
        w.WriteString("deviceId", s.Managed ? plan.DeviceId : "");
        w.WriteString("displayName", s.Managed ? plan.AssetTag : "");
        w.WriteString("operatingSystem", os);
        w.WriteString("browser", browser);
        if (s.Managed)
        {
            w.WriteBoolean("isCompliant", true);
            w.WriteBoolean("isManaged", true);
            w.WriteString("trustType", "Azure AD joined");
        }
        else
        {
            w.WriteNull("isCompliant");
            w.WriteNull("isManaged");
            w.WriteNull("trustType");
        }
        w.WriteEndObject();
        w.WriteStartObject("location");
        w.WriteString("city", s.City);
        w.WriteString("state", s.Region);
        w.WriteString("countryOrRegion", s.CountryCode);
        w.WriteStartObject("geoCoordinates");
        w.WriteNull("altitude");
        w.WriteNumber("latitude", Math.Round(s.Lat, 4));
        w.WriteNumber("longitude", Math.Round(s.Lon, 4));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("appliedConditionalAccessPolicies");
        w.WriteStartObject();
        w.WriteString("id", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        w.WriteString("displayName", "Require MFA for all users");
        w.WriteStartArray("enforcedGrantControls");
        w.WriteStringValue("Mfa");
        w.WriteEndArray();
        w.WriteStartArray("enforcedSessionControls");
        w.WriteEndArray();
        w.WriteString("result", s.Success ? "success" : "notApplied");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
