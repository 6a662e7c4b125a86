namespace Vigil.Core.Detection;

/// <summary>One verifiable fact behind a finding: what was seen, its value, and where to look.</summary>
/// <param name="Label">What the value is ("shared payout account", "sign-in IP").</param>
/// <param name="Value">The value as an analyst can check it. Raw personal data is allowed here: evidence is
/// stored inside the organization and never shared (sharing uses keyed hashes).</param>
/// <param name="Reference">Where it came from: a subject id, an event id, a list entry id, a file and line.</param>
public sealed record Evidence(string Label, string Value, string? Reference = null);
