using System.Text.Json;

namespace Vigil.Core.Detection;

/// <summary>
/// How detectors serialize their state (<see cref="IStatefulDetector"/>): public fields included, so the small
/// mutable state classes need no attributes. Doubles and <see cref="DateTimeOffset"/>s round-trip exactly, which
/// keeps resumed detection identical to an uninterrupted run.
/// </summary>
public static class DetectorStateJson
{
    public static JsonSerializerOptions Options { get; } = new() { IncludeFields = true };

    public static string Save<T>(T state) => JsonSerializer.Serialize(state, Options);

    public static T Load<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("detector state is empty");
}
