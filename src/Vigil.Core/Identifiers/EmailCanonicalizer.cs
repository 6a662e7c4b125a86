using System.Globalization;
using System.Text;

namespace Vigil.Core.Identifiers;

/// <summary>
/// Email addresses to one mailbox key: NFKC, lower case, IDN domain to punycode, provider sub-addressing removed
/// (see <see cref="ProviderRules"/>). Invalid addresses are kept, best-effort canonical, with the reason in
/// <see cref="Identifier.Detail"/>.
/// </summary>
/// <remarks>
/// Lower-casing the local part is technically lossy (RFC 5321 lets it be case-sensitive) but no mainstream
/// mailbox provider treats case as significant, and linking needs <c>John@x</c> == <c>john@x</c>.
/// </remarks>
public static class EmailCanonicalizer
{
    private const string AtomSpecials = "!#$%&'*+/=?^_`{|}~-";
    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true };

    /// <summary>How each provider's sub-addressing works: the tag separator, whether dots in the local part are
    /// ignored, and the domain that aliases to another (googlemail.com is gmail.com).</summary>
    /// <remarks>Only providers that document the behaviour are listed; for any other domain, <c>+</c> and dots are
    /// kept because they may be part of a distinct mailbox name.</remarks>
    public static IReadOnlyDictionary<string, (char? TagSeparator, bool IgnoreDots, string Domain)> ProviderRules { get; } =
        new Dictionary<string, (char?, bool, string)>(StringComparer.Ordinal)
        {
            ["gmail.com"] = ('+', true, "gmail.com"),
            ["googlemail.com"] = ('+', true, "gmail.com"),
            ["outlook.com"] = ('+', false, "outlook.com"),
            ["hotmail.com"] = ('+', false, "hotmail.com"),
            ["live.com"] = ('+', false, "live.com"),
            ["msn.com"] = ('+', false, "msn.com"),
            ["proton.me"] = ('+', false, "proton.me"),
            ["protonmail.com"] = ('+', false, "protonmail.com"),
            ["protonmail.ch"] = ('+', false, "protonmail.ch"),
            ["pm.me"] = ('+', false, "pm.me"),
            ["icloud.com"] = ('+', false, "icloud.com"),
            ["me.com"] = ('+', false, "me.com"),
            ["mac.com"] = ('+', false, "mac.com"),
            ["fastmail.com"] = ('+', false, "fastmail.com"),
            ["fastmail.fm"] = ('+', false, "fastmail.fm"),
            // Yahoo "disposable addresses" are basename-keyword@; Yahoo ids cannot contain '-', so everything
            // from the first '-' on is the keyword and the basename identifies the account.
            ["yahoo.com"] = ('-', false, "yahoo.com"),
            ["ymail.com"] = ('-', false, "ymail.com"),
        };

    public static Identifier Canonicalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = Unwrap(TextFolding.Normalize(raw, NormalizationForm.FormKC).Trim());
        var at = text.LastIndexOf('@');
        if (at < 0)
        {
            return Invalid(raw, Lower(text), "missing @");
        }
        var local = text[..at].Trim();
        var domainText = text[(at + 1)..].Trim();
        if (local.Length == 0)
        {
            return Invalid(raw, Lower(text), "empty local part");
        }
        if (domainText.Length == 0)
        {
            return Invalid(raw, Lower(text), "empty domain");
        }

        var (domain, domainError) = CanonicalDomain(domainText);
        var (canonicalLocal, localError) = CanonicalLocal(local);

        if (domainError is null && localError is null && ProviderRules.TryGetValue(domain, out var rule))
        {
            domain = rule.Domain;
            canonicalLocal = ApplyProvider(canonicalLocal, rule.TagSeparator, rule.IgnoreDots);
            if (canonicalLocal.Length == 0)
            {
                localError = "local part is only a tag";
                canonicalLocal = CanonicalLocal(local).Local;
            }
        }
        var value = $"{canonicalLocal}@{domain}";
        if (value.Length > 254)
        {
            return Invalid(raw, value, "longer than 254 characters");
        }
        var error = localError ?? domainError;
        return error is null
            ? new Identifier(IdentifierKind.Email, value, raw, true)
            : Invalid(raw, value, error);
    }

    /// <summary>The domain of a canonical address (after the last <c>@</c>), for disposable-domain and provider
    /// checks; empty when there is none.</summary>
    public static string DomainOf(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        var at = canonical.LastIndexOf('@');
        return at < 0 ? "" : canonical[(at + 1)..];
    }

    /// <summary>The local part of a canonical address (before the last <c>@</c>).</summary>
    public static string LocalPartOf(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        var at = canonical.LastIndexOf('@');
        return at < 0 ? canonical : canonical[..at];
    }

    // "Jane Doe <jane@x.com>" and "mailto:jane@x.com" are common in exports.
    private static string Unwrap(string text)
    {
        var open = text.LastIndexOf('<');
        var close = text.LastIndexOf('>');
        if (open >= 0 && close > open)
        {
            text = text[(open + 1)..close].Trim();
        }
        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[7..];
            var query = text.IndexOf('?', StringComparison.Ordinal);
            text = query >= 0 ? text[..query] : text;
        }
        return text.Trim();
    }

    private static (string Local, string? Error) CanonicalLocal(string local)
    {
        if (local.Length >= 2 && local[0] == '"' && local[^1] == '"')
        {
            var inner = local[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            inner = Lower(inner);
            // A quoted local part that needs no quoting names the same mailbox as the bare one ("john" == john).
            if (DotAtomError(inner) is null)
            {
                return (inner, null);
            }
            if (inner.Any(char.IsControl))
            {
                return (Quote(inner), "control character in quoted local part");
            }
            return (Quote(inner), inner.Length > 64 ? "local part longer than 64 characters" : null);
        }
        var lower = Lower(local);
        return (lower, DotAtomError(lower));
    }

    private static string Quote(string inner) =>
        "\"" + inner.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string? DotAtomError(string local)
    {
        if (local.Length == 0)
        {
            return "empty local part";
        }
        if (local.Length > 64)
        {
            return "local part longer than 64 characters";
        }
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return "leading, trailing or repeated dot in local part";
        }
        foreach (var c in local)
        {
            // RFC 6531 allows any non-ASCII character beyond the RFC 5322 atext set.
            if (!(char.IsAsciiLetterOrDigit(c) || c == '.' || AtomSpecials.Contains(c, StringComparison.Ordinal)
                  || c > 0x7F && !char.IsControl(c) && !char.IsWhiteSpace(c)))
            {
                return $"character U+{(int)c:X4} not allowed in local part";
            }
        }
        return null;
    }

    private static (string Domain, string? Error) CanonicalDomain(string domainText)
    {
        var domain = Lower(domainText).TrimEnd('.');
        if (domain.Length >= 2 && domain[0] == '[' && domain[^1] == ']')
        {
            var ip = IpAddressCanonicalizer.Canonicalize(domain[1..^1].Replace("ipv6:", "", StringComparison.Ordinal));
            return ip.IsValid ? ($"[{ip.Value}]", null) : (domain, "invalid address literal");
        }
        string ascii;
        try
        {
            ascii = Idn.GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return (domain, "invalid domain");
        }
        if (ascii.Length > 253)
        {
            return (ascii, "domain longer than 253 characters");
        }
        var labels = ascii.Split('.');
        if (labels.Length < 2)
        {
            return (ascii, "domain has no dot");
        }
        if (labels[^1].All(char.IsAsciiDigit))
        {
            return (ascii, "numeric top-level domain");
        }
        return (ascii, null);
    }

    private static string ApplyProvider(string local, char? separator, bool ignoreDots)
    {
        if (local.StartsWith('"'))
        {
            return local;
        }
        if (separator is { } sep)
        {
            var cut = local.IndexOf(sep, StringComparison.Ordinal);
            if (cut >= 0)
            {
                local = local[..cut];
            }
        }
        return ignoreDots ? local.Replace(".", "", StringComparison.Ordinal) : local;
    }

    // Lower then re-normalize: a few lower-case mappings leave text that is not NFKC, and canonical forms must be
    // fixed points.
    private static string Lower(string text) => TextFolding.Normalize(text.ToLowerInvariant(), NormalizationForm.FormKC);

    private static Identifier Invalid(string raw, string value, string reason) =>
        new(IdentifierKind.Email, value, raw, false, reason);
}
