using Vigil.Intel.Data;
using Vigil.TestSupport;

namespace Vigil.DataTests.Intel;

/// <summary>Loads the real lists from ../shared/data (its folders have the publishers' layout, so it is used as an
/// intel folder as it is), plus the npm data packages when installed. Loaded once for all tests of a class.</summary>
public sealed class SharedIntel : IDisposable
{
    private readonly Lazy<IntelSnapshot> _snapshot = new(() =>
        IntelLoader.Load(new IntelLoadOptions { IntelDir = SharedData.Directory ?? "/nonexistent" }));

    public IntelSnapshot Snapshot
    {
        get
        {
            SharedData.RequireDirectory("misp-warninglists");
            return _snapshot.Value;
        }
    }

    public void Dispose()
    {
        if (_snapshot.IsValueCreated)
        {
            _snapshot.Value.Dispose();
        }
    }
}
