using System.Collections.Frozen;
using System.Text;
using Vigil.Core.Reference;

namespace Vigil.Intel.RemoteAccess;

/// <summary>
/// <see cref="IRemoteAccessCatalog"/> over the built-in tools plus LOLRMM (END-02). Program names match by normalised
/// prefix on a word boundary, executables by file name, then by install-path pattern, domains by exact name or
/// wildcard parent. Built-in definitions win over LOLRMM ones for the same name. Immutable and thread-safe.
/// </summary>
public sealed class RemoteAccessCatalog : IRemoteAccessCatalog
{
    private readonly RemoteAccessToolDefinition[] _tools;
    private readonly (string Name, int Tool)[] _programPrefixes;
    private readonly FrozenDictionary<string, int> _executables;
    private readonly (string Prefix, string Pattern, int Tool)[] _paths;
    private readonly FrozenDictionary<string, int> _exactDomains;
    private readonly FrozenDictionary<string, int> _wildcardDomains;

    internal RemoteAccessCatalog(
        RemoteAccessToolDefinition[] tools,
        (string Name, int Tool)[] programPrefixes,
        FrozenDictionary<string, int> executables,
        (string Prefix, string Pattern, int Tool)[] paths,
        FrozenDictionary<string, int> exactDomains,
        FrozenDictionary<string, int> wildcardDomains)
    {
        _tools = tools;
        _programPrefixes = programPrefixes;
        _executables = executables;
        _paths = paths;
        _exactDomains = exactDomains;
        _wildcardDomains = wildcardDomains;
    }

    public IReadOnlyList<RemoteAccessToolDefinition> Tools => _tools;

    public int ExecutableCount => _executables.Count;

    public int DomainCount => _exactDomains.Count + _wildcardDomains.Count;

    public RemoteAccessTool? MatchProgram(string programName)
    {
        ArgumentNullException.ThrowIfNull(programName);
        var normalized = NormalizeName(programName);
        if (normalized.Length == 0)
        {
            return null;
        }
        // Prefixes are sorted longest first, so "chrome remote desktop host" beats a shorter "chrome remote desktop".
        foreach (var (name, tool) in _programPrefixes)
        {
            if (normalized.StartsWith(name, StringComparison.Ordinal)
                && (normalized.Length == name.Length || normalized[name.Length] == ' '))
            {
                return Found(tool, "program \"" + programName.Trim() + "\"");
            }
        }
        return null;
    }

    public RemoteAccessTool? MatchExecutable(string nameOrPath)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        var text = nameOrPath.Trim().Trim('"');
        if (text.Length == 0)
        {
            return null;
        }
        var fileName = text[(text.LastIndexOfAny(['\\', '/']) + 1)..].ToLowerInvariant();
        if (_executables.TryGetValue(fileName, out var tool))
        {
            return Found(tool, "executable " + fileName);
        }
        if (text.IndexOfAny(['\\', '/']) < 0)
        {
            return null;
        }
        var path = text.Replace('/', '\\').ToLowerInvariant();
        foreach (var (prefix, pattern, t) in _paths)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal) && Glob(pattern, path))
            {
                return Found(t, "install path " + text);
            }
        }
        return null;
    }

    public RemoteAccessTool? MatchDomain(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var d = domain.Trim().TrimEnd('.').ToLowerInvariant();
        if (d.Length == 0)
        {
            return null;
        }
        if (_exactDomains.TryGetValue(d, out var tool))
        {
            return Found(tool, "domain " + d);
        }
        var suffix = d;
        while (true)
        {
            if (_wildcardDomains.TryGetValue(suffix, out tool))
            {
                return Found(tool, "domain " + d);
            }
            var dot = suffix.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                return null;
            }
            suffix = suffix[(dot + 1)..];
        }
    }

    private RemoteAccessTool Found(int tool, string matchedOn) => new(_tools[tool].Name, _tools[tool].Category, matchedOn);

    /// <summary>Lower case, letters and digits only, single spaces: "TeamViewer 15.3 (x64)" → "teamviewer 15 3 x64".</summary>
    internal static string NormalizeName(string name)
    {
        var sb = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>Case-folded path glob where <c>*</c> matches any run of characters (separators included).</summary>
    internal static bool Glob(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }
        return p == pattern.Length;
    }
}
