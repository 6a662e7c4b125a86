using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Vigil.Screening.Lists;

/// <summary>
/// Versioned list storage in a folder (<c>$VIGIL_HOME/lists</c>): each successful load copies its files into a
/// new <c>v&lt;timestamp&gt;</c> folder with a <c>manifest.json</c> (files, entry count, a content hash per entry)
/// and points <c>current</c> at it. A load with any fatal file is refused and the stored version stays. The delta
/// against the previous version (added, removed, changed entry ids) is returned so that callers can re-screen
/// only affected subjects.
/// </summary>
public sealed class ListStore(string root)
{
    public string Root { get; } = root;

    private string CurrentPointer => Path.Combine(Root, "current");

    /// <summary>The folder of the current version, or null when nothing is stored.</summary>
    public string? CurrentVersionDirectory
    {
        get
        {
            if (!File.Exists(CurrentPointer))
            {
                return null;
            }
            var dir = Path.Combine(Root, File.ReadAllText(CurrentPointer).Trim());
            return Directory.Exists(dir) ? dir : null;
        }
    }

    public ListManifest? CurrentManifest()
    {
        var dir = CurrentVersionDirectory;
        return dir is null ? null : JsonSerializer.Deserialize<ListManifest>(File.ReadAllText(Path.Combine(dir, "manifest.json")));
    }

    /// <summary>Parses, validates and stores the files; returns the outcome (never throws on list content).</summary>
    public ListLoadOutcome Load(IReadOnlyList<string> paths, TimeProvider? clock = null)
    {
        var loaded = ListLoader.Load(paths);
        if (loaded.AnyFatal || loaded.Entries.Count == 0)
        {
            return new ListLoadOutcome(false, null, loaded, null);
        }
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        var version = "v" + now.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var dir = Path.Combine(Root, version);
        Directory.CreateDirectory(dir);
        var files = new List<string>();
        var i = 0;
        foreach (var file in loaded.Files.Select(f => f.File).Distinct())
        {
            // Keep the official file names (detection relies on them); one sub-folder per file avoids clashes.
            var name = Path.Combine($"{i++:000}", Path.GetFileName(file));
            var target = Path.Combine(dir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            files.Add(name);
        }
        var manifest = new ListManifest
        {
            Version = version,
            CreatedAt = now,
            Files = files,
            Sources = loaded.Entries.GroupBy(e => e.Source).ToDictionary(g => g.Key, g => g.Count()),
            ListVersions = loaded.Entries.Where(e => e.ListVersion is not null).GroupBy(e => e.Source)
                .ToDictionary(g => g.Key, g => g.Max(e => e.ListVersion!)!),
            EntryHashes = loaded.Entries.ToDictionary(e => e.Id, Hash),
        };
        var previous = CurrentManifest();
        File.WriteAllText(Path.Combine(dir, "manifest.json"), JsonSerializer.Serialize(manifest));
        File.WriteAllText(CurrentPointer, version);
        return new ListLoadOutcome(true, manifest, loaded, ListDelta.Between(previous, manifest));
    }

    /// <summary>The stored files of the current version (official names kept, for format detection).</summary>
    public IReadOnlyList<string> CurrentFiles()
    {
        var dir = CurrentVersionDirectory;
        return dir is null ? [] : Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("manifest.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Content hash of an entry: what screening depends on (names, programs, dates, identifiers).</summary>
    public static string Hash(ListEntry entry)
    {
        var sb = new StringBuilder();
        sb.Append(entry.Name).Append('|').Append(entry.Type).Append('|').AppendJoin(';', entry.Programs).Append('|');
        foreach (var a in entry.Aliases.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            sb.Append(a.Name).Append(a.Quality).Append(';');
        }
        sb.Append('|').AppendJoin(';', entry.DatesOfBirth).Append('|').AppendJoin(';', entry.Nationalities);
        sb.Append('|').AppendJoin(';', entry.Wallets.Select(w => w.Address)).Append('|').AppendJoin(';', entry.Emails);
        sb.Append('|').AppendJoin(';', entry.Identifiers.Select(d => d.Value)).Append('|').Append(entry.Gender);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16];
    }
}
