using Vigil.Core.Identifiers;

namespace Vigil.Server.Application.Sharing;

/// <summary>One of the organization's subjects holds an identifier a partner reported (SAN-03).</summary>
/// <param name="Hashed">True when the partner shared only a keyed hash: the organization learned nothing beyond
/// "a partner saw this identifier of my own subject".</param>
public sealed record CommunityMatch(Guid SubjectId, string SubjectExternalId, IdentifierKind Kind, string Source, int Confidence, bool Hashed);
