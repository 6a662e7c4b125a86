using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;
using Vigil.Server.Apis;
using Vigil.Server.Contracts;
using Vigil.Server.Json;

namespace Vigil.Server.Jobs;

/// <summary>Validates an API subject and turns it into a <see cref="Subject"/> with canonical identifiers.
/// Problems are returned with the field at fault, never thrown.</summary>
public static class SubjectMapper
{
    public const int MaxIdentifiers = 200;

    public static Subject? TryMap(Guid orgId, CreateSubjectRequest r, int index, List<RowError> errors, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        if (string.IsNullOrWhiteSpace(r.ExternalId) || r.ExternalId.Length > 200)
        {
            errors.Add(new RowError(index, "externalId", "required, at most 200 characters"));
        }
        if (string.IsNullOrWhiteSpace(r.FullName) || r.FullName.Length > 500)
        {
            errors.Add(new RowError(index, "fullName", "required, at most 500 characters"));
        }
        var kind = SubjectKind.Applicant;
        if (r.Kind is not null && !ApiMapping.TryParseName(r.Kind, out kind))
        {
            errors.Add(new RowError(index, "kind", "must be applicant, worker or freelancer"));
        }
        if (r.ClaimedCountry is not null && (r.ClaimedCountry.Length != 2 || !r.ClaimedCountry.All(char.IsAsciiLetter)))
        {
            errors.Add(new RowError(index, "claimedCountry", "must be an ISO 3166-1 alpha-2 code"));
        }
        if (r.ClaimedTimezone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(r.ClaimedTimezone, out _))
        {
            errors.Add(new RowError(index, "claimedTimezone", "must be an IANA time zone id"));
        }
        if (r.Position is { Length: > 300 })
        {
            errors.Add(new RowError(index, "position", "at most 300 characters"));
        }
        var identifiers = r.Identifiers ?? [];
        if (identifiers.Count > MaxIdentifiers)
        {
            errors.Add(new RowError(index, "identifiers", $"at most {MaxIdentifiers}"));
        }
        var id = Guid.NewGuid();
        var mapped = new List<SubjectIdentifier>();
        for (var i = 0; i < identifiers.Count && i < MaxIdentifiers; i++)
        {
            var input = identifiers[i];
            if (!ApiMapping.TryParseName<IdentifierKind>(input.Kind, out var k))
            {
                errors.Add(new RowError(index, $"identifiers[{i}].kind", "unknown identifier kind"));
                continue;
            }
            if (string.IsNullOrWhiteSpace(input.Value) || input.Value.Length > 1000)
            {
                errors.Add(new RowError(index, $"identifiers[{i}].value", "required, at most 1000 characters"));
                continue;
            }
            var canon = Canonicalizer.Canonicalize(k, input.Value, new CanonicalizationContext(input.Region, input.Provider));
            mapped.Add(SubjectIdentifier.From(orgId, id, canon));
        }
        if (errors.Count > before)
        {
            return null;
        }
        return new Subject
        {
            Id = id,
            OrgId = orgId,
            ExternalId = r.ExternalId!.Trim(),
            FullName = r.FullName!.Trim(),
            Kind = kind,
            ClaimedCountry = r.ClaimedCountry?.ToUpperInvariant(),
            ClaimedTimezone = r.ClaimedTimezone,
            DateOfBirth = r.DateOfBirth,
            AppliedAt = r.AppliedAt,
            Position = r.Position,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
                JsonSerializer.Serialize(r, VigilJsonContext.Default.CreateSubjectRequest)))),
            CreatedAt = now,
            UpdatedAt = now,
            Identifiers = mapped,
        };
    }
}
