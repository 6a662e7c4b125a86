using Vigil.Core.Events;
using Vigil.Core.Reference;

namespace Vigil.Core.Tests.Events;

/// <summary>Valid, deterministic test events; each test sets only what it is about.</summary>
internal static class Some
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 3, 15, 0, 0, TimeSpan.Zero);
    private static int _next;

    public static WorkerProfile Worker(int n, string? country = "US", string? zone = "America/Chicago", string? home = null) =>
        WorkerProfile.Create(new Guid(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]), [$"w{n}@example.com"], country, zone, home is null ? null : [home]);

    public static SignIn SignIn(WorkerProfile? worker = null, DateTimeOffset? at = null, string ip = "203.0.113.10", string? country = "US",
        double? lat = 32.78, double? lon = -96.80, bool success = true, AnonymizerKind anonymizer = AnonymizerKind.None, string? provider = null, string? device = null)
    {
        var s = new SignIn
        {
            Source = "okta",
            EventId = $"e{Interlocked.Increment(ref _next)}",
            At = at ?? T0,
            User = worker?.Logins[0] ?? "nobody@example.com",
            Success = success,
            Ip = ip,
            DeviceId = device,
            CountryCode = country,
            Latitude = lat,
            Longitude = lon,
            Anonymizer = anonymizer,
            AnonymizerProvider = provider,
            AnonymizerSource = anonymizer == AnonymizerKind.None ? null : "test",
        };
        if (worker is not null)
        {
            s.SubjectId = worker.SubjectId;
            s.SubjectKey = worker.Key;
        }
        return s;
    }
}
