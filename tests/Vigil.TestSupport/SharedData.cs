namespace Vigil.TestSupport;

/// <summary>
/// Locates <c>../shared/data</c> (real public data beside the repository). Tests that read it call
/// <see cref="RequireDirectory"/>, which skips the test with the reason when the data is absent.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The data folder, or null. <c>VIGIL_SHARED_DATA</c> overrides the search.</summary>
    public static string? Directory => Root.Value;

    public static string RequireDirectory(string relative = "")
    {
        var root = Directory;
        Xunit.Assert.SkipWhen(root is null, "../shared/data is not present beside the repository (set VIGIL_SHARED_DATA to point at it)");
        var path = Path.Combine(root!, relative);
        Xunit.Assert.SkipWhen(!System.IO.Directory.Exists(path) && !File.Exists(path), $"{path} is not present in the shared data");
        return path;
    }

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("VIGIL_SHARED_DATA");
        if (!string.IsNullOrEmpty(env))
        {
            return System.IO.Directory.Exists(env) ? env : null;
        }
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data");
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")) && System.IO.Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
            dir = dir.Parent;
        }
        return null;
    }
}
