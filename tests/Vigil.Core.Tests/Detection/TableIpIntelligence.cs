using System.Net;
using Vigil.Core.Reference;

namespace Vigil.Core.Tests.Detection;

/// <summary>IP intelligence from a fixed table.</summary>
internal sealed class TableIpIntelligence(Dictionary<string, IpInfo> table) : IIpIntelligence
{
    public IpInfo Lookup(IPAddress ip) => table.GetValueOrDefault(ip.ToString()) ?? IpInfo.Unknown;
}
