namespace Vigil.Core.Identifiers;

/// <summary>
/// Facts that change how a raw value is read.
/// </summary>
/// <param name="DefaultRegion">ISO 3166-1 alpha-2 region used to read phone numbers written without a country
/// code, usually the subject's claimed country. Null means such numbers are kept raw and flagged invalid.</param>
/// <param name="Provider">For payout accounts and wallets: the provider or chain the source named
/// (<c>payoneer</c>, <c>wise</c>, <c>eth</c>...), when it named one.</param>
public sealed record CanonicalizationContext(string? DefaultRegion = null, string? Provider = null)
{
    public static CanonicalizationContext None { get; } = new();
}
