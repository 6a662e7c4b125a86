using Vigil.Core.Events;
using Vigil.Core.Reference;

namespace Vigil.Core.Detection.Endpoint;

/// <summary>
/// Remote-access and RMM tools on a worker's host (END-02): AnyDesk, TeamViewer, Chrome Remote Desktop and the
/// rest of the LOLRMM catalog, found in installed software and running processes through
/// <see cref="IRemoteAccessCatalog"/>.
/// </summary>
public sealed class RemoteAccessToolDetector(IRemoteAccessCatalog catalog, RemoteAccessToolOptions? options = null) : IEndpointDetector, ISubjectStateDetector
{
    public const string Id = "remote-access-tool";

    private readonly IRemoteAccessCatalog _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
    private readonly RemoteAccessToolOptions _options = options ?? new RemoteAccessToolOptions();
    private readonly EndpointFindingBuilder _builder = new();

    public string DetectorId => Id;

    public string SaveState() => _builder.SaveState();

    public void LoadState(string state) => _builder.LoadState(state);

    public void CopySubjectState(string subjectKey, ISubjectStateDetector source) =>
        _builder.CopySubject(subjectKey, SubjectStates.Same<RemoteAccessToolDetector>(source)._builder);

    public void Observe(DeviceSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.IsRemoval)
        {
            return;
        }
        foreach (var item in snapshot.Software)
        {
            var tool = snapshot.Table == EndpointTable.Processes
                ? _catalog.MatchExecutable(item.Path ?? item.Name) ?? _catalog.MatchExecutable(item.Name)
                : _catalog.MatchProgram(item.Name) ?? (item.Path is null ? null : _catalog.MatchExecutable(item.Path));
            if (tool is null || _options.Sanctioned.Contains(tool.Name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            _builder.Add(snapshot, tool.Name, $"{snapshot.Table} '{item.Name}' {item.Version} ({tool.Category}, matched on {tool.MatchedOn})".Replace("  ", " ", StringComparison.Ordinal), 1);
        }
    }

    public IReadOnlyList<SubjectFinding> Complete()
    {
        var findings = new List<SubjectFinding>();
        foreach (var (key, entry) in _builder.Entries)
        {
            var several = entry.Names.Count > 1;
            var summary = several
                ? $"{entry.Names.Count} remote-access tools: {string.Join(", ", entry.Names)}"
                : $"Remote-access tool {entry.Names.First()}";
            findings.Add(new SubjectFinding(key, entry.SubjectId,
                new Finding(Id, "END-02", several ? _options.SeveralToolsWeight : _options.Weight, summary, entry.Items, [])));
        }
        return findings;
    }
}
