using System.Collections.Frozen;
using Vigil.Intel.Data;

namespace Vigil.Intel.RemoteAccess;

/// <summary>Collects tool definitions (built-in first, then LOLRMM) and freezes them into a catalog.</summary>
public sealed class RemoteAccessCatalogBuilder
{
    private readonly List<RemoteAccessToolDefinition> _tools = [];
    private readonly List<LoadedSource> _sources = [];

    public LoadIssues Issues { get; } = new();

    public IReadOnlyList<LoadedSource> Sources => _sources;

    public RemoteAccessCatalogBuilder AddBuiltIn()
    {
        _tools.AddRange(BuiltInRemoteAccessTools.All);
        _sources.Add(new LoadedSource("curated:remote-access", "(built-in)", "built-in", BuiltInRemoteAccessTools.All.Count, 0));
        return this;
    }

    public RemoteAccessCatalogBuilder Add(RemoteAccessToolDefinition tool)
    {
        _tools.Add(tool);
        return this;
    }

    /// <summary>LOLRMM <c>api/rmm_tools.json</c>.</summary>
    public RemoteAccessCatalogBuilder AddLolrmmJson(string path, string version)
    {
        if (!File.Exists(path))
        {
            Issues.Add(path, 0, null, "file not found");
            return this;
        }
        var before = Issues.Count;
        using var stream = File.OpenRead(path);
        var tools = LolrmmReader.Read(stream, path, Issues);
        _tools.AddRange(tools);
        _sources.Add(new LoadedSource("lolrmm", path, version, tools.Count, Issues.Count - before));
        return this;
    }

    public RemoteAccessCatalog Build()
    {
        // First definition of a name wins (built-ins are added first); indicators of later tools that an earlier
        // tool already claims stay with the earlier tool.
        var tools = new List<RemoteAccessToolDefinition>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tool in _tools)
        {
            if (names.Add(RemoteAccessCatalog.NormalizeName(tool.Name)))
            {
                tools.Add(tool);
            }
        }
        var programs = new Dictionary<string, int>(StringComparer.Ordinal);
        var executables = new Dictionary<string, int>(StringComparer.Ordinal);
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var wildcard = new Dictionary<string, int>(StringComparer.Ordinal);
        var paths = new List<(string, string, int)>();
        for (var i = 0; i < tools.Count; i++)
        {
            var tool = tools[i];
            foreach (var program in tool.ProgramNames)
            {
                var n = RemoteAccessCatalog.NormalizeName(program);
                // Short names ("vnc", "zoc") would match unrelated programs as a prefix.
                if (n.Length >= 4)
                {
                    programs.TryAdd(n, i);
                }
            }
            foreach (var exe in tool.Executables)
            {
                executables.TryAdd(exe.ToLowerInvariant(), i);
            }
            foreach (var pattern in tool.PathPatterns)
            {
                var p = pattern.Replace('/', '\\').ToLowerInvariant();
                var star = p.IndexOf('*', StringComparison.Ordinal);
                paths.Add((star < 0 ? p : p[..star], p, i));
            }
            foreach (var domain in tool.Domains)
            {
                var d = domain.ToLowerInvariant();
                if (d.StartsWith("*.", StringComparison.Ordinal))
                {
                    wildcard.TryAdd(d[2..], i);
                }
                else
                {
                    exact.TryAdd(d, i);
                }
            }
        }
        var prefixes = programs.Select(kv => (kv.Key, kv.Value)).OrderByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();
        return new RemoteAccessCatalog(
            [.. tools],
            prefixes,
            executables.ToFrozenDictionary(StringComparer.Ordinal),
            [.. paths],
            exact.ToFrozenDictionary(StringComparer.Ordinal),
            wildcard.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
