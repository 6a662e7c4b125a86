namespace Vigil.Intel.Tests.Support;

/// <summary>A clock stopped at one instant, so stored timestamps are predictable.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
