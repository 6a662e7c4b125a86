namespace Vigil.Intel.Data;

/// <summary>Collects <see cref="LoadIssue"/>s, keeping the first <see cref="MaxKept"/> and counting the rest, so a
/// file of garbage cannot fill memory with messages.</summary>
public sealed class LoadIssues
{
    public const int MaxKept = 200;
    private readonly List<LoadIssue> _kept = [];

    public int Count { get; private set; }

    public IReadOnlyList<LoadIssue> Kept => _kept;

    public void Add(string file, int line, string? field, string message)
    {
        Count++;
        if (_kept.Count < MaxKept)
        {
            _kept.Add(new LoadIssue(file, line, field, message));
        }
    }
}
