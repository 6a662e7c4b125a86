using Vigil.Core.Identifiers;

namespace Vigil.Core.Linking;

/// <summary>One reason two subjects are linked: the kind, the identifier kind when shared, the value (or a
/// description) an analyst can check, and the link's weight after rarity.</summary>
public sealed record GraphLink(Guid A, Guid B, LinkKind Kind, IdentifierKind? IdentifierKind, string Value, double Weight);
