namespace Vigil.Intel.Ip.Sources;

/// <summary>One MISP warninglist (<c>lists/NAME/list.json</c>): metadata plus its raw entries.</summary>
/// <param name="Type">MISP's matching type: <c>cidr</c>, <c>string</c>, <c>hostname</c>, <c>substring</c>, <c>regex</c>.</param>
public sealed record MispWarninglist(string Name, string Version, string Description, string Type, IReadOnlyList<string> Entries);
