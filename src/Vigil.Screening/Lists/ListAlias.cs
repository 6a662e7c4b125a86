namespace Vigil.Screening.Lists;

/// <summary>One name of an entry other than its primary name.</summary>
/// <param name="Name">As the list wrote it (e.g. <c>KIM, Yong-Chol</c>).</param>
/// <param name="Quality">Strong or weak (see <see cref="AliasQuality"/>).</param>
/// <param name="Kind">The list's own label: <c>aka</c>, <c>fka</c>, <c>nka</c>, <c>original-script</c>.</param>
public sealed record ListAlias(string Name, AliasQuality Quality, string Kind = "aka");
