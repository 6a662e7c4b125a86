namespace Vigil.Core.Detection;

/// <summary>Helpers for <see cref="ISubjectStateDetector"/> implementations that keep one state object per subject key.</summary>
public static class SubjectStates
{
    /// <summary>Makes <paramref name="into"/>'s entry for <paramref name="key"/> the one in <paramref name="from"/>,
    /// removing it when <paramref name="from"/> has none.</summary>
    public static void Copy<T>(Dictionary<string, T> into, Dictionary<string, T> from, string key)
    {
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(from);
        if (from.TryGetValue(key, out var entry))
        {
            into[key] = entry;
        }
        else
        {
            into.Remove(key);
        }
    }

    /// <summary>The source detector as the caller's own type: copying between two kinds of detector is a bug.</summary>
    public static T Same<T>(ISubjectStateDetector source) where T : class, ISubjectStateDetector =>
        source as T ?? throw new ArgumentException($"expected a {typeof(T).Name}, got {source?.GetType().Name ?? "null"}", nameof(source));
}
