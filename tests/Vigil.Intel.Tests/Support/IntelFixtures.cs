using Vigil.Intel.Data;
using Vigil.TestSupport;

namespace Vigil.Intel.Tests.Support;

/// <summary>The small intel fixtures under tests/fixtures/intel: an intel folder (<c>lists/</c>) with the publishers'
/// layout and a fake data-packages folder (<c>packages/</c>) with tiny ASN CSVs and a disposable-domain package.</summary>
public static class IntelFixtures
{
    public static string Lists => RepoPaths.Fixture("intel/lists");

    public static string Packages => RepoPaths.Fixture("intel/packages");

    public static IntelSnapshot Load() =>
        IntelLoader.Load(new IntelLoadOptions { IntelDir = Lists, DataPackagesDir = Packages });
}
