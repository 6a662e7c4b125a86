namespace Vigil.Server.Contracts;

/// <summary>A new key; <c>Secret</c> is shown this once and never stored.</summary>
public sealed record CreatedKeyResponse(KeyResponse Key, string Secret);
