namespace Vigil.Server.Contracts;

/// <summary>One TAXII collection: objects held, the newest addition, and the pushes (POSTs) partners made to it.</summary>
public sealed record SharedCollection(string Id, string Title, int Objects, DateTimeOffset? LastAdded, int Pushes, int PushedObjects, int PushFailures);
