namespace Vigil.Sharing.Stix.Observables;

/// <summary>Vigil custom SCO <c>x-vigil-keyed-identifier</c>: an HMAC of a canonical identifier under a community key (see docs/sharing.md); id from kind, key id, canonicalization and hash.</summary>
public sealed class KeyedIdentifierObservable : StixObservable
{
    public KeyedIdentifierObservable()
        : base(StixTypes.KeyedIdentifier)
    {
    }

    /// <summary>Lower-case <see cref="Core.Identifiers.IdentifierKind"/> name: phone, email, cryptowallet...</summary>
    public string IdentifierKind { get; set; } = "";

    public string KeyId { get; set; } = "";

    /// <summary>Canonicalization version of the hashed value (vigil-canon-1).</summary>
    public string Canonicalization { get; set; } = "";

    public string Algorithm { get; set; } = "hmac-sha256";

    /// <summary>Lower-case hex, 64 characters for HMAC-SHA256.</summary>
    public string Hash { get; set; } = "";

    protected override IEnumerable<KeyValuePair<string, object?>> IdContributingProperties() => [P("identifier_kind", IdentifierKind), P("key_id", KeyId), P("canonicalization", Canonicalization), P("hash", Hash)];
}
