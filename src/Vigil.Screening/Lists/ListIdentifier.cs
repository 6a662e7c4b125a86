namespace Vigil.Screening.Lists;

/// <summary>
/// A document or registry identifier of an entry (passport, national id, tax id, registration number, IMO...).
/// </summary>
/// <param name="Type">The list's label, e.g. <c>Passport</c>, <c>Tax ID No.</c>.</param>
/// <param name="Value">The number as written.</param>
/// <param name="Country">Issuing country as written, when given.</param>
public sealed record ListIdentifier(string Type, string Value, string? Country = null);
