using System.Text.Json;
using Vigil.Sharing.Stix.Objects;

namespace Vigil.Sharing.Stix.Markings;

/// <summary>
/// The official TLP 2.0 marking-definition objects published by FIRST (extension
/// <c>extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d</c>), with their fixed ids, and the TLP 1.0 ids
/// of STIX 2.1 §7.2.1.4 so that markings from older producers are understood.
/// </summary>
public static class TlpMarkings
{
    public const string Tlp2ExtensionId = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    /// <summary>FIRST's identity, creator of the TLP 2.0 marking objects.</summary>
    public const string FirstIdentityId = "identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01";

    public const string ClearId = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";
    public const string GreenId = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
    public const string AmberId = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
    public const string AmberStrictId = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";
    public const string RedId = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";

    public const string Tlp1WhiteId = "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9";
    public const string Tlp1GreenId = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";
    public const string Tlp1AmberId = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";
    public const string Tlp1RedId = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";

    private static readonly StixTimestamp Created = StixTimestamp.Parse("2022-10-01T00:00:00.000Z");

    public static string IdOf(TlpLevel level) => level switch
    {
        TlpLevel.Clear => ClearId,
        TlpLevel.Green => GreenId,
        TlpLevel.Amber => AmberId,
        TlpLevel.AmberStrict => AmberStrictId,
        TlpLevel.Red => RedId,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>Name as written in the marking (<c>TLP:AMBER+STRICT</c>).</summary>
    public static string NameOf(TlpLevel level) => level switch
    {
        TlpLevel.Clear => "TLP:CLEAR",
        TlpLevel.Green => "TLP:GREEN",
        TlpLevel.Amber => "TLP:AMBER",
        TlpLevel.AmberStrict => "TLP:AMBER+STRICT",
        TlpLevel.Red => "TLP:RED",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>Reads a marking id of TLP 2.0 or 1.0 (WHITE is CLEAR); null for a non-TLP marking.</summary>
    public static TlpLevel? LevelOf(string markingId) => markingId switch
    {
        ClearId or Tlp1WhiteId => TlpLevel.Clear,
        GreenId or Tlp1GreenId => TlpLevel.Green,
        AmberId or Tlp1AmberId => TlpLevel.Amber,
        AmberStrictId => TlpLevel.AmberStrict,
        RedId or Tlp1RedId => TlpLevel.Red,
        _ => null,
    };

    /// <summary>Parses <c>clear</c>, <c>TLP:AMBER</c>, <c>amber+strict</c>, <c>white</c> (case-insensitive).</summary>
    public static bool TryParseLevel(string text, out TlpLevel level)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().ToUpperInvariant();
        if (t.StartsWith("TLP:", StringComparison.Ordinal))
        {
            t = t[4..];
        }
        (var ok, level) = t switch
        {
            "CLEAR" or "WHITE" => (true, TlpLevel.Clear),
            "GREEN" => (true, TlpLevel.Green),
            "AMBER" => (true, TlpLevel.Amber),
            "AMBER+STRICT" or "AMBER-STRICT" or "AMBERSTRICT" => (true, TlpLevel.AmberStrict),
            "RED" => (true, TlpLevel.Red),
            _ => (false, TlpLevel.Clear),
        };
        return ok;
    }

    /// <summary>The official marking-definition object for a level, exactly as FIRST publishes it.</summary>
    public static MarkingDefinition Definition(TlpLevel level)
    {
        var key = level switch
        {
            TlpLevel.AmberStrict => "amber+strict",
            _ => level.ToString().ToLowerInvariant(),
        };
        var extension = StixIds.ParseElement($$"""{"extension_type":"property-extension","tlp_2_0":"{{key}}"}""");
        return new MarkingDefinition
        {
            SpecVersion = StixConstants.SpecVersion,
            Id = IdOf(level),
            CreatedByRef = FirstIdentityId,
            Created = Created,
            Name = NameOf(level),
            Extensions = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { [Tlp2ExtensionId] = extension },
        };
    }
}
