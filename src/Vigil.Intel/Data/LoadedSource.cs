namespace Vigil.Intel.Data;

/// <summary>One reference file that was loaded, for <c>vigil intel status</c> and evidence.</summary>
/// <param name="Id">Source id as it appears in findings, e.g. <c>misp:amazon-aws</c>, <c>x4bnet:vpn</c>.</param>
/// <param name="Path">Where it was read from (<c>(built-in)</c> for embedded tables).</param>
/// <param name="Version">Publisher's version when it states one (MISP <c>version</c>, npm package version), else the
/// file's modification date.</param>
/// <param name="Entries">Rows or entries accepted.</param>
/// <param name="Rejected">Rows reported as issues and skipped.</param>
/// <param name="Milliseconds">Time spent reading it.</param>
public sealed record LoadedSource(string Id, string Path, string Version, int Entries, int Rejected, long Milliseconds = 0);
