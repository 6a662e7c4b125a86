namespace Vigil.Core.Events;

/// <summary>
/// The workers of one organization, found by login (case-insensitive) or by key. Immutable after construction,
/// so detectors and the pipeline may share one instance across threads.
/// </summary>
public sealed class WorkerDirectory
{
    private readonly Dictionary<string, WorkerProfile> _byLogin = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, WorkerProfile> _byKey = new(StringComparer.Ordinal);

    public WorkerDirectory(IEnumerable<WorkerProfile> workers)
    {
        ArgumentNullException.ThrowIfNull(workers);
        foreach (var worker in workers)
        {
            _byKey[worker.Key] = worker;
            foreach (var login in worker.Logins)
            {
                // First writer wins: a login two HR records share must not silently move between workers.
                _byLogin.TryAdd(login.Trim(), worker);
            }
        }
    }

    public static WorkerDirectory Empty { get; } = new([]);

    public int Count => _byKey.Count;

    public IEnumerable<WorkerProfile> All => _byKey.Values;

    /// <summary>The worker who signs in as <paramref name="login"/>, or null.</summary>
    public WorkerProfile? FindByLogin(string? login) =>
        login is not null && _byLogin.TryGetValue(login, out var w) ? w : null;

    /// <summary>The worker with this <see cref="WorkerProfile.Key"/>, or null (an unmatched login).</summary>
    public WorkerProfile? FindByKey(string key) => _byKey.GetValueOrDefault(key);
}
