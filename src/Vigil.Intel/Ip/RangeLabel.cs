using Vigil.Core.Reference;

namespace Vigil.Intel.Ip;

/// <summary>What one source says about a range: its class, the provider when named, and the source id.</summary>
/// <param name="Source">Short source id used as evidence, e.g. <c>misp:amazon-aws</c>, <c>x4bnet:vpn</c>, <c>tor:exit</c>.</param>
public sealed record RangeLabel(AnonymizerKind Kind, string? Provider, string Source);
