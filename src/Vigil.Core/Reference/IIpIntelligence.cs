using System.Net;

namespace Vigil.Core.Reference;

/// <summary>
/// IP → ASN, location and anonymizer class. Implemented by Vigil.Intel over ip-location-db and the VPN, hosting
/// and Tor range lists; tests pass small tables. Implementations are immutable and thread-safe.
/// </summary>
public interface IIpIntelligence
{
    /// <summary>Never throws on content; an IP no list knows gives <see cref="IpInfo.Unknown"/>.</summary>
    IpInfo Lookup(IPAddress ip);
}
