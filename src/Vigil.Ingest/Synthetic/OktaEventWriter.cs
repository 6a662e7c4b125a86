using System.Globalization;
using System.Text.Json;

namespace Vigil.Ingest.Synthetic;

/// <summary>
/// Writes Okta System Log <c>LogEvent</c>s as NDJSON, field for field as in log-formats.md §1 (user.session.start,
/// user.authentication.sso, user.authentication.auth_via_mfa): actor, client (userAgent, geographicalContext with
/// full country names), device (snake_case keys), authenticationContext, securityContext, outcome, request.ipChain,
/// debugContext.debugData (string booleans), transaction, target.
/// </summary>
internal static class OktaEventWriter
{
    public static void Write(Utf8JsonWriter w, PersonDraft p, PlannedSignIn s, string eventType, DateTimeOffset at, SynthRandom rng, string userAgent, string os, string browser)
    {
        var plan = p.Worker!;
        var requestId = rng.Alnum(27);
        var session = "idx" + rng.Alnum(23);
        w.WriteStartObject();
        w.WriteStartObject("actor");
        w.WriteString("id", "00u" + Stable(plan.Login, 17));
        w.WriteString("type", "User");
        w.WriteString("alternateId", plan.Login);
        w.WriteString("displayName", p.FullName);
        w.WriteNull("detailEntry");
        w.WriteEndObject();

        w.WriteStartObject("client");
        w.WriteStartObject("userAgent");
        w.WriteString("rawUserAgent", userAgent);
        w.WriteString("os", os);
        w.WriteString("browser", browser);
        w.WriteEndObject();
        w.WriteNull("zone");
        w.WriteString("device", "Computer");
        w.WriteNull("id");
        w.WriteString("ipAddress", s.Ip);
        Geo(w, s);
        w.WriteEndObject();

        if (s.Managed)
        {
            w.WriteStartObject("device");
            w.WriteString("id", plan.DeviceId);
            w.WriteString("name", plan.Mac ? "MacBookPro18,3" : "Latitude 7440");
            w.WriteString("os_platform", plan.Mac ? "OSX" : "WINDOWS");
            w.WriteString("os_version", plan.Mac ? "15.3.1" : "10.0.22631");
            w.WriteBoolean("managed", true);
            w.WriteBoolean("registered", true);
            w.WriteNull("device_integrator");
            w.WriteString("disk_encryption_type", "ALL_INTERNAL_VOLUMES");
            w.WriteString("screen_lock_type", "BIOMETRIC");
            w.WriteNull("jailbreak");
            w.WriteBoolean("secure_hardware_present", true);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("device");
        }

        w.WriteStartObject("authenticationContext");
        if (eventType == "user.authentication.auth_via_mfa")
        {
            w.WriteString("authenticationProvider", "FACTOR_PROVIDER");
            w.WriteString("credentialProvider", "OKTA_CREDENTIAL_PROVIDER");
            w.WriteString("credentialType", "OTP");
        }
        else
        {
            w.WriteNull("authenticationProvider");
            w.WriteNull("credentialProvider");
            w.WriteNull("credentialType");
        }
        w.WriteNull("issuer");
        w.WriteNull("interface");
        w.WriteNumber("authenticationStep", 0);
        w.WriteString("rootSessionId", session);
        w.WriteString("externalSessionId", session);
        w.WriteEndObject();

        w.WriteString("displayMessage", eventType switch
        {
            "user.session.start" => "User login to Okta",
            "user.authentication.sso" => "User single sign on to app",
            _ => "Authentication of user via MFA",
        });
        w.WriteString("eventType", eventType);
        w.WriteStartObject("outcome");
        w.WriteString("result", s.Success ? "SUCCESS" : "FAILURE");
        if (s.Success)
        {
            w.WriteNull("reason");
        }
        else
        {
            w.WriteString("reason", "INVALID_CREDENTIALS");
        }
        w.WriteEndObject();
        w.WriteString("published", at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

        w.WriteStartObject("securityContext");
        w.WriteNumber("asNumber", s.Asn);
        w.WriteString("asOrg", s.AsOrg);
        w.WriteString("isp", s.AsOrg);
        if (s.IsProxy)
        {
            w.WriteString("domain", "m247.com");
        }
        else
        {
            w.WriteNull("domain");
        }
        w.WriteBoolean("isProxy", s.IsProxy);
        w.WriteEndObject();
        w.WriteString("severity", "INFO");

        w.WriteStartObject("debugContext");
        w.WriteStartObject("debugData");
        w.WriteString("requestId", requestId);
        w.WriteString("requestUri", eventType == "user.authentication.sso" ? "/app/office365/sso/saml" : "/idp/idx/identify");
        w.WriteString("url", eventType == "user.authentication.sso" ? "/app/office365/sso/saml?" : "/idp/idx/identify?");
        w.WriteString("dtHash", Stable(plan.DeviceId + userAgent, 64, hex: true));
        w.WriteString("threatSuspected", "false");
        if (eventType == "user.session.start")
        {
            w.WriteString("risk", s.IsProxy || s.CountryCode == "CN" ? "{reasons=Anomalous Location, level=MEDIUM}" : "{level=LOW}");
            w.WriteString("behaviors", $"{{New Geo-Location={(s.IsProxy ? "POSITIVE" : "NEGATIVE")}, New Device=NEGATIVE, New IP={(rng.Chance(0.2) ? "POSITIVE" : "NEGATIVE")}, New State=NEGATIVE, New Country={(s.CountryCode == "CN" ? "POSITIVE" : "NEGATIVE")}, Velocity={(s.CountryCode == "CN" ? "POSITIVE" : "NEGATIVE")}, New City=NEGATIVE}}");
        }
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteString("legacyEventType", eventType switch
        {
            "user.session.start" => s.Success ? "core.user_auth.login_success" : "core.user_auth.login_failed",
            "user.authentication.auth_via_mfa" => "core.user.factor.attempt_success",
            _ => "app.auth.sso",
        });
        w.WriteStartObject("transaction");
        w.WriteString("type", "WEB");
        w.WriteString("id", requestId);
        w.WriteStartObject("detail");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("uuid", $"{rng.Hex(8)}-{rng.Hex(4)}-11ef-{rng.Hex(4)}-{rng.Hex(12)}");
        w.WriteString("version", "0");
        w.WriteStartObject("request");
        w.WriteStartArray("ipChain");
        w.WriteStartObject();
        w.WriteString("ip", s.Ip);
        Geo(w, s);
        w.WriteString("version", "V4");
        w.WriteNull("source");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartArray("target");
        if (eventType == "user.authentication.sso")
        {
            Target(w, "0oa" + Stable("office365", 17), "AppInstance", "Microsoft Office 365", "Microsoft Office 365");
            Target(w, "0ua" + Stable(plan.Login + "o365", 17), "AppUser", plan.Login, p.FullName);
        }
        else if (eventType == "user.authentication.auth_via_mfa")
        {
            Target(w, "00u" + Stable(plan.Login, 17), "User", plan.Login, p.FullName);
        }
        else
        {
            Target(w, "pfd" + Stable(plan.Login + "pw", 17), "AuthenticatorEnrollment", "unknown", "Password");
            Target(w, "0oa" + Stable("dashboard", 17), "AppInstance", "Okta Dashboard", "Okta Dashboard");
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Geo(Utf8JsonWriter w, PlannedSignIn s)
    {
        w.WriteStartObject("geographicalContext");
        w.WriteString("city", s.City);
        w.WriteString("state", s.Region);
        w.WriteString("country", s.CountryName);
        w.WriteNull("postalCode");
        w.WriteStartObject("geolocation");
        w.WriteNumber("lat", Math.Round(s.Lat, 4));
        w.WriteNumber("lon", Math.Round(s.Lon, 4));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Target(Utf8JsonWriter w, string id, string type, string alternateId, string displayName)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("type", type);
        w.WriteString("alternateId", alternateId);
        w.WriteString("displayName", displayName);
        w.WriteNull("detailEntry");
        w.WriteEndObject();
    }

    /// <summary>A stable pseudo-id derived from a key (so a user's Okta id is the same in every event).</summary>
    public static string Stable(string key, int length, bool hex = false)
    {
        var h = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));
        const string alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            var b = h[i % h.Length] ^ i * 31;
            chars[i] = hex ? "0123456789abcdef"[(b >> (i % 2 * 4)) & 15] : alnum[(b & 0xFF) % alnum.Length];
        }
        return new string(chars);
    }
}
