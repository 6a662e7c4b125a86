namespace Vigil.Server.Hosting;

/// <summary>Marks an endpoint as accepting bodies up to <see cref="Bytes"/> (default: <c>Vigil:Server:MaxBodyBytes</c>).</summary>
public sealed record BodySizeLimit(long Bytes);
