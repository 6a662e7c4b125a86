namespace Vigil.Server.Contracts;

/// <summary>One identifier to attach to a subject; <c>Kind</c> is an IdentifierKind name (Email, Phone, PayoutAccount...).</summary>
public sealed record IdentifierInput(string? Kind, string? Value, string? Provider = null, string? Region = null);
