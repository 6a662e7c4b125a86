namespace Vigil.Server.Application.Sanctions;

/// <summary>A sanctions request that cannot be carried out as asked (unknown subject or entry, missing reason).</summary>
public sealed class SanctionsInputException(string message, bool notFound = false) : Exception(message)
{
    /// <summary>True when something named does not exist (HTTP 404), false for invalid input (HTTP 400).</summary>
    public bool NotFound { get; } = notFound;
}
