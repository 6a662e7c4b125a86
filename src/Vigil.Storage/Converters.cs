using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Vigil.Storage;

/// <summary>DateTimeOffset as UTC ticks (SQLite). Ordering and range comparisons work in SQL.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>DateTimeOffset normalized to offset zero (PostgreSQL timestamptz).</summary>
public sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v.ToUniversalTime());
