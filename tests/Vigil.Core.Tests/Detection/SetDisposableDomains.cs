using Vigil.Core.Reference;

namespace Vigil.Core.Tests.Detection;

/// <summary>Disposable domains from a fixed set, reporting one source list.</summary>
internal sealed class SetDisposableDomains(params string[] domains) : IDisposableEmailDomains
{
    public bool IsDisposable(string domain) => domains.Contains(domain);

    public DisposableDomainMatch? Match(string domain) => IsDisposable(domain) ? new DisposableDomainMatch(domain, domain, ["test-list"]) : null;
}
