using Vigil.Core.Reference;

namespace Vigil.Intel.Ip.Sources;

/// <summary>"Every address of this AS is of this class": hosting and VPN networks named by AS number.</summary>
/// <param name="Provider">Display name, e.g. "DigitalOcean", "Mullvad VPN (31173 Services AB)".</param>
/// <param name="Source">Evidence id, e.g. <c>curated:providers</c>, <c>x4bnet:vpn-asn</c>.</param>
public sealed record AsnRule(uint Asn, AnonymizerKind Kind, string Provider, string Source);
