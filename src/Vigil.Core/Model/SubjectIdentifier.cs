using Vigil.Core.Identifiers;

namespace Vigil.Core.Model;

/// <summary>One identifier of one subject, stored. Linking joins subjects on (OrgId, Kind, Value).</summary>
public sealed class SubjectIdentifier
{
    public long Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid SubjectId { get; set; }
    public IdentifierKind Kind { get; set; }

    /// <summary>Canonical value (see <see cref="Identifier.Value"/>).</summary>
    public required string Value { get; set; }

    public required string Raw { get; set; }
    public bool IsValid { get; set; } = true;
    public string? Detail { get; set; }

    public Identifier ToIdentifier() => new(Kind, Value, Raw, IsValid, Detail);

    public static SubjectIdentifier From(Guid orgId, Guid subjectId, Identifier id) => new()
    {
        OrgId = orgId,
        SubjectId = subjectId,
        Kind = id.Kind,
        Value = id.Value,
        Raw = id.Raw,
        IsValid = id.IsValid,
        Detail = id.Detail,
    };
}
