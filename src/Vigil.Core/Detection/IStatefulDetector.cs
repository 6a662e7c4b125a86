namespace Vigil.Core.Detection;

/// <summary>
/// A streaming detector whose accumulated state can be saved and restored, so monitoring resumes from stored state
/// and feeds only the events that arrived since (incremental detection). Feeding events A, saving, loading into a
/// fresh detector and feeding B ends in the same state — and the same findings — as feeding A then B to one detector.
/// </summary>
public interface IStatefulDetector
{
    string DetectorId { get; }

    /// <summary>The detector's whole accumulated state as JSON (see <see cref="DetectorStateJson"/>).</summary>
    string SaveState();

    /// <summary>Replaces the detector's state with one <see cref="SaveState"/> wrote.</summary>
    void LoadState(string state);
}
