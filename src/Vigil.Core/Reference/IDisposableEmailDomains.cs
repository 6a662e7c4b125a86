namespace Vigil.Core.Reference;

/// <summary>Disposable / throwaway email domains (COM-01, COM-06).</summary>
public interface IDisposableEmailDomains
{
    /// <summary>True when the domain or any parent domain is on a loaded list. <paramref name="domain"/> is the
    /// canonical (lower-case, punycode) domain.</summary>
    bool IsDisposable(string domain);
}
