namespace Vigil.Core.Events;

/// <summary>One installed program, app, package or running process seen on a host (END-02, END-03).</summary>
/// <param name="Name">Display name (<c>programs.name</c>, <c>apps.name</c>) or process name.</param>
/// <param name="Path">Install location, bundle path or executable path, when known.</param>
/// <param name="Identifier">macOS <c>bundle_identifier</c> or a process command line, when known.</param>
public sealed record SoftwareItem(string Name, string? Version = null, string? Publisher = null, string? Path = null, string? Identifier = null);
