using Vigil.TestSupport;

namespace Vigil.Intel.Tests.Support;

/// <summary>The real npm data packages (scripts/install-data.sh). Tests that need them skip, with the reason, when
/// they are not installed, so the suite passes from the repository alone.</summary>
public static class DataPackages
{
    public static string Directory =>
        Environment.GetEnvironmentVariable("VIGIL_DATA_PACKAGES") is { Length: > 0 } env ? env : Path.Combine(RepoPaths.Root, "data-packages");

    public static string Require(string package)
    {
        var path = Path.Combine(Directory, "node_modules", package);
        Assert.SkipWhen(!System.IO.Directory.Exists(path), $"npm data package {package} is not installed in {Directory} (run scripts/install-data.sh)");
        return path;
    }
}
