using System.Collections.Frozen;
using System.Text.Json;
using Vigil.Intel.Data;
using Vigil.Intel.Ip.Sources;

namespace Vigil.Intel.Email;

/// <summary>Loads disposable-domain lists and allowlists, then <see cref="Build"/> freezes them. Not thread-safe.</summary>
public sealed class DisposableEmailDomainsBuilder
{
    private readonly Dictionary<string, SortedSet<string>> _listed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _allowed = new(StringComparer.Ordinal);
    private readonly List<LoadedSource> _sources = [];

    public LoadIssues Issues { get; } = new();

    public IReadOnlyList<LoadedSource> Sources => _sources;

    public DisposableEmailDomainsBuilder Add(string domain, string source)
    {
        var d = DisposableEmailDomains.Normalize(domain);
        if (d.Length == 0 || d.Contains(' ', StringComparison.Ordinal))
        {
            return this;
        }
        if (!_listed.TryGetValue(d, out var sources))
        {
            _listed[d] = sources = new SortedSet<string>(StringComparer.Ordinal);
        }
        sources.Add(source);
        return this;
    }

    public DisposableEmailDomainsBuilder Allow(string domain)
    {
        var d = DisposableEmailDomains.Normalize(domain);
        if (d.Length > 0)
        {
            _allowed.Add(d);
        }
        return this;
    }

    /// <summary>npm <c>disposable-email-domains</c>: <c>index.json</c> and <c>wildcard.json</c> (JSON arrays of domains).</summary>
    public DisposableEmailDomainsBuilder AddJsonArray(string path, string source, string version)
    {
        if (!File.Exists(path))
        {
            Issues.Add(path, 0, null, "file not found");
            return this;
        }
        var before = Issues.Count;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var added = 0;
        try
        {
            using var stream = File.OpenRead(path);
            using var doc = JsonDocument.Parse(stream);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                Issues.Add(path, 0, null, "expected a JSON array of domains");
            }
            else
            {
                var index = 0;
                foreach (var item in doc.RootElement.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        Add(item.GetString()!, source);
                        added++;
                    }
                    else
                    {
                        Issues.Add(path, 0, $"[{index}]", "entry is not a string");
                    }
                    index++;
                }
            }
        }
        catch (JsonException e)
        {
            Issues.Add(path, (int)(e.LineNumber ?? -1) + 1, e.Path, "malformed JSON: " + e.Message);
        }
        _sources.Add(new LoadedSource(source, path, version, added, Issues.Count - before, clock.ElapsedMilliseconds));
        return this;
    }

    /// <summary>One domain per line (<c>disposable_email_blocklist.conf</c>, <c>allowlist.conf</c>); <c>#</c> comments.</summary>
    public DisposableEmailDomainsBuilder AddLines(string path, string source, bool allowlist)
    {
        if (!File.Exists(path))
        {
            Issues.Add(path, 0, null, "file not found");
            return this;
        }
        var added = 0;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (allowlist)
            {
                Allow(line);
            }
            else
            {
                Add(line, source);
            }
            added++;
        }
        _sources.Add(new LoadedSource(source, path, Ip.IpIntelligenceBuilder.FileVersion(path), added, 0));
        return this;
    }

    /// <summary>A MISP warninglist of disposable domains (<c>lists/disposable-email/list.json</c>).</summary>
    public DisposableEmailDomainsBuilder AddMispWarninglist(string path)
    {
        if (!File.Exists(path))
        {
            Issues.Add(path, 0, null, "file not found");
            return this;
        }
        var before = Issues.Count;
        using var stream = File.OpenRead(path);
        var list = MispWarninglistReader.Read(stream, path, Issues);
        if (list is null)
        {
            return this;
        }
        var source = "misp:" + (Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? list.Name);
        foreach (var entry in list.Entries)
        {
            Add(entry, source);
        }
        _sources.Add(new LoadedSource(source, path, list.Version, list.Entries.Count, Issues.Count - before));
        return this;
    }

    public DisposableEmailDomains Build() => new(
        _listed.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
        _allowed.ToFrozenSet(StringComparer.Ordinal));
}
