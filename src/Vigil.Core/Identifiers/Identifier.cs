namespace Vigil.Core.Identifiers;

/// <summary>
/// One identifier of a subject, as given and in canonical form.
/// </summary>
/// <remarks>
/// <para><see cref="Value"/> is the canonical form used for equality, linking and keyed hashing; two identifiers
/// that denote the same real-world thing (a Gmail address with and without dots, a phone written two ways) have the
/// same <see cref="Value"/>. <see cref="Raw"/> is what the source said, kept for evidence.</para>
/// <para>An identifier that fails validation (bad IBAN checksum, unparseable phone) is kept with
/// <see cref="IsValid"/> false and a best-effort <see cref="Value"/>: invalid data is itself a signal and is never
/// silently dropped. <see cref="Detail"/> carries kind-specific facts: the phone line type, the wallet chain, the
/// payout provider, or the reason a value is invalid.</para>
/// </remarks>
public readonly record struct Identifier(IdentifierKind Kind, string Value, string Raw, bool IsValid, string? Detail = null)
{
    /// <summary>A stable text key, <c>kind:value</c>, for dictionaries and logs of non-sensitive kinds.</summary>
    public string Key => $"{Kind.ToString().ToLowerInvariant()}:{Value}";

    public override string ToString() => Key;
}
