using System.Text.Json;
using Vigil.Sharing.Stix.Objects;
using Vigil.Sharing.Stix.Observables;

namespace Vigil.Sharing.Stix;

/// <summary>
/// The extension-definitions (§7.3, <c>new-sco</c>) that declare Vigil's custom observables. Ids are fixed so that
/// every Vigil installation emits the same definitions and partners can recognise them.
/// </summary>
public static class VigilStixExtensions
{
    /// <summary>The Vigil project as the creator of its extension definitions.</summary>
    public const string VigilIdentityId = "identity--4e61498c-73aa-4d05-8f78-436bb69636ce";

    public const string PhoneNumberId = "extension-definition--a4a439e7-e302-499c-aa40-a6514b1662b4";
    public const string CryptoWalletId = "extension-definition--28616026-dfde-4bda-82af-43b435e64a02";
    public const string PayoutAccountId = "extension-definition--a1e8ffa7-b040-4649-b8ec-f5b56f3763fc";
    public const string PhotoHashId = "extension-definition--98a8e140-8f69-4e62-b17f-4cee26a79665";
    public const string KeyedIdentifierId = "extension-definition--df231649-a679-4000-8788-40681cdd6301";

    private const string SchemaBase = "https://github.com/vigil-project/vigil/blob/main/docs/sharing.md#";

    private static readonly StixTimestamp Created = StixTimestamp.Parse("2026-11-23T00:00:00.000Z");

    private static readonly JsonElement NewSco = StixIds.ParseElement("""{"extension_type":"new-sco"}""");

    /// <summary>The extension-definition id that declares a Vigil custom SCO type, or null.</summary>
    public static string? DefinitionIdFor(string type) => type switch
    {
        StixTypes.PhoneNumber => PhoneNumberId,
        StixTypes.CryptoWallet => CryptoWalletId,
        StixTypes.PayoutAccount => PayoutAccountId,
        StixTypes.PhotoHash => PhotoHashId,
        StixTypes.KeyedIdentifier => KeyedIdentifierId,
        _ => null,
    };

    /// <summary>Adds the <c>new-sco</c> extension entry (§7.3) that a custom SCO MUST carry, and a deterministic id.</summary>
    public static T Declare<T>(T observable)
        where T : StixObservable
    {
        ArgumentNullException.ThrowIfNull(observable);
        var definition = DefinitionIdFor(observable.Type)
            ?? throw new ArgumentException($"{observable.Type} is not a Vigil custom SCO", nameof(observable));
        observable.Extensions ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        observable.Extensions[definition] = NewSco;
        observable.WithDeterministicId();
        return observable;
    }

    /// <summary>The Vigil identity that creates the extension definitions.</summary>
    public static Identity VigilIdentity() => new()
    {
        SpecVersion = StixConstants.SpecVersion,
        Id = VigilIdentityId,
        Created = Created,
        Modified = Created,
        Name = "Vigil project",
        IdentityClass = "organization",
        Description = "Open-source system against DPRK remote IT-worker fraud; publisher of the x-vigil-* STIX extensions.",
    };

    /// <summary>All five extension definitions.</summary>
    public static IReadOnlyList<ExtensionDefinition> Definitions() =>
    [
        Definition(PhoneNumberId, StixTypes.PhoneNumber, "Phone number in E.164 (value), with optional line_type."),
        Definition(CryptoWalletId, StixTypes.CryptoWallet, "Blockchain address (address) on a chain (chain)."),
        Definition(PayoutAccountId, StixTypes.PayoutAccount, "Payout or bank account (account) at a provider (provider)."),
        Definition(PhotoHashId, StixTypes.PhotoHash, "Perceptual hash (hash, hex) of a profile photo by algorithm (pdq, dhash)."),
        Definition(KeyedIdentifierId, StixTypes.KeyedIdentifier,
            "HMAC-SHA256 (hash) of a canonical identifier of a kind (identifier_kind) under a community key (key_id), canonicalization version (canonicalization)."),
    ];

    private static ExtensionDefinition Definition(string id, string type, string description) => new()
    {
        SpecVersion = StixConstants.SpecVersion,
        Id = id,
        CreatedByRef = VigilIdentityId,
        Created = Created,
        Modified = Created,
        Name = type,
        Description = description,
        Schema = SchemaBase + type,
        Version = "1.0.0",
        ExtensionTypes = ["new-sco"],
    };
}
