namespace Vigil.Intel.Data;

/// <summary>One file <c>vigil intel update</c> keeps fresh.</summary>
/// <param name="Id">Stable id, used to override the URL (<c>--url misp:vpn-ipv4=https://…</c>).</param>
/// <param name="RelativePath">Where it lands in the intel folder (see <see cref="IntelLayout"/>).</param>
/// <param name="Url">The publisher's URL.</param>
/// <param name="Format">How the download is checked before it replaces the old copy: <c>json</c>, <c>lines</c>, <c>csv</c>.</param>
public sealed record IntelFeed(string Id, string RelativePath, Uri Url, string Format);
