namespace Vigil.Server.Contracts;

public sealed record EvidenceDto(string Label, string Value, string? Reference);
