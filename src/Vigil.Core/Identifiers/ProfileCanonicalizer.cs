using System.Text;

namespace Vigil.Core.Identifiers;

/// <summary>
/// GitHub handles, LinkedIn profiles and other URLs. <c>github.com/x</c>, <c>@x</c>, <c>x</c> and
/// <c>https://www.github.com/X/</c> are all <c>x</c>; <c>uk.linkedin.com/in/Jane-Doe/?trk=x</c> is
/// <c>jane-doe</c>; a URL is <c>host[:port]/path[?query]</c> with scheme, <c>www.</c>, default port, fragment,
/// trailing slash and tracking parameters removed and the host lower-case punycode.
/// </summary>
public static class ProfileCanonicalizer
{
    // Parameters that say how the visitor arrived, not where: dropped so shared links compare equal.
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "msclkid", "trk", "trkinfo", "originalsubdomain", "ref", "ref_src", "si", "igshid",
    };

    // Top-level github.com paths that are site pages, not accounts; GitHub does not let users take these names.
    private static readonly HashSet<string> GitHubReserved = new(StringComparer.Ordinal)
    {
        "about", "apps", "codespaces", "collections", "contact", "customer-stories", "enterprise", "events",
        "explore", "features", "issues", "join", "login", "logout", "marketplace", "new", "notifications",
        "organizations", "pricing", "pulls", "search", "security", "settings", "signup", "site", "team", "topics",
        "trending",
    };

    public static Identifier Canonicalize(IdentifierKind kind, string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = TextFolding.Normalize(raw, NormalizationForm.FormKC).Trim();
        if (kind is IdentifierKind.GitHub or IdentifierKind.LinkedIn)
        {
            // Handles pasted from prose carry its punctuation ("see github.com/x."); neither kind can end with it.
            text = text.TrimEnd('.', ',', ';', ')', '"', '\'');
        }
        return kind switch
        {
            IdentifierKind.GitHub => GitHub(raw, text),
            IdentifierKind.LinkedIn => LinkedIn(raw, text),
            _ => Url(raw, text, kind),
        };
    }

    /// <summary>GitHub's username rule: 1-39 characters, ASCII letters, digits and single inner hyphens.</summary>
    public static bool IsValidGitHubHandle(string handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        if (handle.Length is 0 or > 39 || handle[0] == '-' || handle[^1] == '-' || handle.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }
        return handle.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
    }

    private static Identifier GitHub(string raw, string text)
    {
        string handle;
        if (text.StartsWith("git@github.com:", StringComparison.OrdinalIgnoreCase))
        {
            handle = text["git@github.com:".Length..].Split('/')[0];
        }
        else if (text.StartsWith('@'))
        {
            handle = text[1..];
        }
        else if (LooksLikeUrl(text) && TryParseHttpUrl(text, out var uri))
        {
            var host = HostOf(uri);
            var segments = Segments(uri);
            if (host.EndsWith(".github.io", StringComparison.Ordinal))
            {
                handle = host[..^".github.io".Length];
            }
            else if (host is "github.com" or "gist.github.com")
            {
                if (segments.Length > 1 && segments[0] is "orgs" or "users" or "sponsors")
                {
                    segments = segments[1..];
                }
                handle = segments.Length > 0 ? segments[0] : "";
            }
            else
            {
                return Invalid(IdentifierKind.GitHub, raw, text.ToLowerInvariant(), "not a github.com URL");
            }
        }
        else
        {
            handle = text;
        }
        handle = handle.Trim().ToLowerInvariant();
        if (handle.Length == 0)
        {
            return Invalid(IdentifierKind.GitHub, raw, handle, "no handle");
        }
        if (GitHubReserved.Contains(handle))
        {
            return Invalid(IdentifierKind.GitHub, raw, handle, "a github.com site page, not an account");
        }
        return IsValidGitHubHandle(handle)
            ? new Identifier(IdentifierKind.GitHub, handle, raw, true)
            : Invalid(IdentifierKind.GitHub, raw, handle, "not a valid GitHub handle (1-39 letters, digits, single hyphens)");
    }

    private static Identifier LinkedIn(string raw, string text)
    {
        string slug;
        string? detail = null;
        if (text.StartsWith('@'))
        {
            slug = text[1..];
        }
        else if (LooksLikeUrl(text) && TryParseHttpUrl(text, out var uri))
        {
            var host = HostOf(uri);
            if (host != "linkedin.com" && !host.EndsWith(".linkedin.com", StringComparison.Ordinal))
            {
                return Invalid(IdentifierKind.LinkedIn, raw, text.ToLowerInvariant(), "not a linkedin.com URL");
            }
            var segments = Segments(uri).Select(Unescape).ToArray();
            if (segments.Length >= 2 && segments[0] is "in")
            {
                slug = segments[1];
            }
            else if (segments.Length >= 2 && segments[0] is "company" or "school" or "pub")
            {
                // Not a personal /in/ profile: keep the path so different kinds never collide.
                slug = string.Join('/', segments).ToLowerInvariant();
                detail = segments[0] == "pub" ? "legacy public profile" : segments[0];
                return new Identifier(IdentifierKind.LinkedIn, slug, raw, true, detail);
            }
            else
            {
                return Invalid(IdentifierKind.LinkedIn, raw, string.Join('/', segments).ToLowerInvariant(), "no /in/ profile in URL");
            }
        }
        else
        {
            slug = text;
        }
        slug = TextFolding.Normalize(slug.Trim().ToLowerInvariant(), NormalizationForm.FormKC);
        // LinkedIn custom URLs: 3-100 letters or digits (any script) and hyphens.
        var valid = slug.Length is >= 3 and <= 100 && slug.All(c => char.IsLetterOrDigit(c) || c == '-');
        return valid
            ? new Identifier(IdentifierKind.LinkedIn, slug, raw, true, detail)
            : Invalid(IdentifierKind.LinkedIn, raw, slug, "not a valid LinkedIn profile slug");
    }

    private static Identifier Url(string raw, string text, IdentifierKind kind)
    {
        if (SchemeOf(text) is { } scheme && scheme is not ("http" or "https"))
        {
            return Invalid(kind, raw, text.ToLowerInvariant(), $"unsupported scheme {scheme}");
        }
        if (!TryParseHttpUrl(text, out var uri))
        {
            return Invalid(kind, raw, text.ToLowerInvariant(), "not a URL");
        }
        var host = HostOf(uri);
        var isIp = uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6;
        if (!isIp && (!host.Contains('.', StringComparison.Ordinal) || host.StartsWith('.') || host.EndsWith('.')))
        {
            return Invalid(kind, raw, text.ToLowerInvariant(), "host is not a domain name");
        }
        var sb = new StringBuilder(host);
        if (!uri.IsDefaultPort)
        {
            sb.Append(':').Append(uri.Port);
        }
        sb.Append(uri.AbsolutePath.TrimEnd('/'));
        var query = CleanQuery(uri.Query);
        if (query.Length > 0)
        {
            sb.Append('?').Append(query);
        }
        // IDN mapping drops invisible characters and folds compatibility digits in the host, which can leave a host
        // that parses differently on its own ("\u200B_x.com" → "_x.com" is no host, "①.415" → "1.415" reads as the
        // IPv4 1.0.1.159); a canonical value must canonicalize to itself, so refuse those.
        var canonical = sb.ToString();
        return TryParseHttpUrl(canonical, out var again) && HostOf(again) == host
            ? new Identifier(kind, canonical, raw, true)
            : Invalid(kind, raw, canonical, "host is not a valid domain name once invisible characters are removed");
    }

    private static bool LooksLikeUrl(string text) =>
        text.Contains('/', StringComparison.Ordinal) || text.Contains(".com", StringComparison.OrdinalIgnoreCase)
        || text.Contains(".io", StringComparison.OrdinalIgnoreCase);

    private static bool TryParseHttpUrl(string text, out Uri uri)
    {
        var candidate = SchemeOf(text) is not null ? text
            : text.StartsWith("//", StringComparison.Ordinal) ? "https:" + text
            : "https://" + text;
        if (candidate.Any(char.IsWhiteSpace) || !Uri.TryCreate(candidate, UriKind.Absolute, out var parsed)
            || parsed.Scheme is not ("http" or "https") || parsed.HostNameType is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6))
        {
            uri = null!;
            return false;
        }
        uri = parsed;
        return true;
    }

    // RFC 3986 scheme: a letter, then letters, digits, '+', '-', '.'; "://" later in a path is not one.
    private static string? SchemeOf(string text)
    {
        var end = text.IndexOf("://", StringComparison.Ordinal);
        if (end <= 0 || !char.IsAsciiLetter(text[0]) || !text[..end].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
        {
            return null;
        }
        return text[..end].ToLowerInvariant();
    }

    private static string HostOf(Uri uri)
    {
        string host;
        try
        {
            // IdnHost drops the brackets of an IPv6 literal; Host keeps them.
            host = (uri.HostNameType == UriHostNameType.IPv6 ? uri.Host : uri.IdnHost).ToLowerInvariant().TrimEnd('.');
        }
        catch (UriFormatException)
        {
            host = uri.Host.ToLowerInvariant();
        }
        // Only when a domain remains, so "www.ss" stays itself and canonical values are fixed points.
        while (host.StartsWith("www.", StringComparison.Ordinal) && host.IndexOf('.', 4) > 4)
        {
            host = host[4..];
        }
        return host;
    }

    private static string[] Segments(Uri uri) =>
        uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => s.ToLowerInvariant()).ToArray();

    private static string Unescape(string segment)
    {
        try
        {
            return Uri.UnescapeDataString(segment);
        }
        catch (UriFormatException)
        {
            return segment;
        }
    }

    private static string CleanQuery(string query)
    {
        if (query.Length <= 1)
        {
            return "";
        }
        var kept = query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p.Split('=')[0]));
        return string.Join('&', kept);
    }

    private static bool IsTracking(string name) =>
        TrackingParameters.Contains(name) || name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("mc_", StringComparison.OrdinalIgnoreCase);

    private static Identifier Invalid(IdentifierKind kind, string raw, string value, string reason) =>
        new(kind, value, raw, false, reason);
}
