namespace Vigil.Server.Application.Screening;

/// <summary>What <c>vigil intel load</c> did: lines read, valid rows, rows added (new), and the rejected rows.</summary>
public sealed record CommunityLoadReport(string File, int Lines, int Valid, int Added, IReadOnlyList<string> Errors);
