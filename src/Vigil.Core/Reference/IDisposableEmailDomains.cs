namespace Vigil.Core.Reference;

/// <summary>Disposable / throwaway email domains (COM-01, COM-06).</summary>
public interface IDisposableEmailDomains
{
    /// <summary>True when the domain or any parent domain is on a loaded list. <paramref name="domain"/> is the
    /// canonical (lower-case, punycode) domain.</summary>
    bool IsDisposable(string domain);

    /// <summary>The list entry that matched <paramref name="domain"/> (itself or a parent domain) and the lists
    /// that hold it, for evidence; null when the domain is not disposable or is allow-listed.</summary>
    DisposableDomainMatch? Match(string domain) => IsDisposable(domain) ? new DisposableDomainMatch(domain, domain, []) : null;
}
