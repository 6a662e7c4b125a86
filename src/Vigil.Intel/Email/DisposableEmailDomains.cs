using System.Collections.Frozen;
using Vigil.Core.Reference;

namespace Vigil.Intel.Email;

/// <summary>
/// Disposable email domains (COM-01, COM-06) from the npm package <c>disposable-email-domains</c>, the upstream
/// blocklist file and MISP's <c>disposable-email</c> warninglist. A domain is disposable when it or any parent domain
/// is listed (<c>x.mailinator.com</c> via <c>mailinator.com</c>) and neither it nor a parent is on the allowlist.
/// Wildcard entries of the npm package (<c>wildcard.json</c>) are parents by definition. Immutable, thread-safe.
/// </summary>
public sealed class DisposableEmailDomains : IDisposableEmailDomains
{
    private readonly FrozenDictionary<string, string[]> _listed;
    private readonly FrozenSet<string> _allowed;

    internal DisposableEmailDomains(FrozenDictionary<string, string[]> listed, FrozenSet<string> allowed)
    {
        _listed = listed;
        _allowed = allowed;
    }

    public static DisposableEmailDomains Empty { get; } = new(FrozenDictionary<string, string[]>.Empty, FrozenSet<string>.Empty);

    public int Count => _listed.Count;

    public int AllowedCount => _allowed.Count;

    public bool IsDisposable(string domain) => Match(domain) is not null;

    public DisposableDomainMatch? Match(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var d = Normalize(domain);
        if (d.Length == 0)
        {
            return null;
        }
        // Walk from the full domain up to its last two labels; the first allowlist hit wins over any blocklist
        // entry above it (a legitimate provider's sub-domain stays legitimate), the first blocklist hit decides.
        var suffix = d;
        while (true)
        {
            if (_allowed.Contains(suffix))
            {
                return null;
            }
            if (_listed.TryGetValue(suffix, out var sources))
            {
                return new DisposableDomainMatch(d, suffix, sources);
            }
            var dot = suffix.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || suffix.IndexOf('.', dot + 1) < 0)
            {
                return null;
            }
            suffix = suffix[(dot + 1)..];
        }
    }

    internal static string Normalize(string domain)
    {
        var d = domain.Trim().TrimEnd('.');
        var at = d.LastIndexOf('@');
        if (at >= 0)
        {
            d = d[(at + 1)..];
        }
        if (d.StartsWith("*.", StringComparison.Ordinal))
        {
            d = d[2..];
        }
        return d.ToLowerInvariant();
    }
}
