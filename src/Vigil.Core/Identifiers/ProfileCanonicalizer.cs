namespace Vigil.Core.Identifiers;

/// <summary>GitHub and LinkedIn profiles to their handle (github.com/x == @x == x); other URLs to host + path.</summary>
public static class ProfileCanonicalizer
{
    public static Identifier Canonicalize(IdentifierKind kind, string raw)
    {
        var text = raw.Trim().TrimEnd('/');
        var lower = text.ToLowerInvariant();
        foreach (var prefix in new[] { "https://", "http://" })
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                lower = lower[prefix.Length..];
            }
        }
        if (lower.StartsWith("www.", StringComparison.Ordinal))
        {
            lower = lower[4..];
        }
        switch (kind)
        {
            case IdentifierKind.GitHub:
                lower = lower.StartsWith("github.com/", StringComparison.Ordinal) ? lower["github.com/".Length..] : lower.TrimStart('@');
                lower = lower.Split('/', '?', '#')[0];
                return new Identifier(kind, lower, raw, lower.Length is > 0 and <= 39);
            case IdentifierKind.LinkedIn:
                var at = lower.IndexOf("linkedin.com/in/", StringComparison.Ordinal);
                lower = at >= 0 ? lower[(at + "linkedin.com/in/".Length)..] : lower.TrimStart('@');
                lower = lower.Split('/', '?', '#')[0];
                return new Identifier(kind, lower, raw, lower.Length > 0);
            default:
                lower = lower.Split('?', '#')[0];
                return new Identifier(kind, lower, raw, lower.Contains('.', StringComparison.Ordinal));
        }
    }
}
