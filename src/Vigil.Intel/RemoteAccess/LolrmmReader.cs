using System.Text.Json;
using Vigil.Intel.Data;

namespace Vigil.Intel.RemoteAccess;

/// <summary>
/// Reads LOLRMM's <c>api/rmm_tools.json</c> (https://lolrmm.io, Apache-2.0): an array of tools with <c>Name</c>,
/// <c>Category</c>, <c>Details.PEMetadata</c> (object, array or null), <c>Details.InstallationPaths</c> and
/// <c>Artifacts.Network[].Domains</c>. A malformed tool is reported by index and skipped.
/// </summary>
public static class LolrmmReader
{
    // Binaries that ship with the OS or a runtime: LOLRMM lists some as "launched by" a tool, but alone they say
    // nothing about remote access.
    private static readonly HashSet<string> GenericExecutables = new(StringComparer.OrdinalIgnoreCase)
    {
        "svchost.exe", "rundll32.exe", "msiexec.exe", "powershell.exe", "pwsh.exe", "cmd.exe", "conhost.exe",
        "explorer.exe", "java.exe", "javaw.exe", "python.exe", "pythonw.exe", "node.exe", "mstsc.exe", "ssh.exe",
        "setup.exe", "install.exe", "installer.exe", "update.exe", "updater.exe", "uninstall.exe", "agent.exe",
        "service.exe", "client.exe", "server.exe", "launcher.exe", "helper.exe", "tray.exe", "app.exe", "main.exe",
        "electron.exe", "wscript.exe", "cscript.exe", "bash", "sh", "python", "java", "node", "ssh",
    };

    // Shared platforms a tool's traffic may touch; matching them would flag everyone.
    private static readonly HashSet<string> SharedDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "github.com", "raw.githubusercontent.com", "objects.githubusercontent.com", "githubusercontent.com", "github.io",
        "google.com", "googleapis.com", "amazonaws.com", "s3.amazonaws.com", "windows.net", "blob.core.windows.net",
        "azurewebsites.net", "microsoft.com", "cloudfront.net", "cloudflare.com", "dropbox.com", "azureedge.net",
    };

    public static List<RemoteAccessToolDefinition> Read(Stream utf8Json, string fileName, LoadIssues issues)
    {
        var tools = new List<RemoteAccessToolDefinition>();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException e)
        {
            issues.Add(fileName, (int)(e.LineNumber ?? -1) + 1, e.Path, "malformed JSON: " + e.Message);
            return tools;
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                issues.Add(fileName, 0, null, "expected a JSON array of tools");
                return tools;
            }
            var index = 0;
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                var tool = ReadTool(item, fileName, index, issues);
                if (tool is not null)
                {
                    tools.Add(tool);
                }
                index++;
            }
        }
        return tools;
    }

    private static RemoteAccessToolDefinition? ReadTool(JsonElement item, string fileName, int index, LoadIssues issues)
    {
        if (item.ValueKind != JsonValueKind.Object || Str(item, "Name") is not { Length: > 0 } name)
        {
            issues.Add(fileName, 0, $"[{index}].Name", "tool without a name");
            return null;
        }
        var category = Str(item, "Category") ?? "RMM";
        var programs = new List<string>();
        var executables = new List<string>();
        var paths = new List<string>();
        var domains = new List<string>();

        var paren = name.IndexOf('(', StringComparison.Ordinal);
        programs.Add(paren > 0 ? name[..paren].Trim() : name);

        if (item.TryGetProperty("Details", out var details) && details.ValueKind == JsonValueKind.Object)
        {
            if (details.TryGetProperty("PEMetadata", out var pe))
            {
                foreach (var meta in pe.ValueKind == JsonValueKind.Array ? pe.EnumerateArray().ToArray() : [pe])
                {
                    if (meta.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }
                    AddExecutable(executables, Str(meta, "Filename"));
                    AddExecutable(executables, Str(meta, "OriginalFileName"));
                    if (Str(meta, "Product") is { Length: >= 4 } product
                        && !product.StartsWith("Microsoft", StringComparison.OrdinalIgnoreCase))
                    {
                        programs.Add(product);
                    }
                }
            }
            if (details.TryGetProperty("InstallationPaths", out var installs) && installs.ValueKind == JsonValueKind.Array)
            {
                foreach (var entry in installs.EnumerateArray())
                {
                    if (entry.ValueKind == JsonValueKind.String && entry.GetString() is { Length: > 0 } p)
                    {
                        AddInstallPath(executables, paths, p);
                    }
                }
            }
        }
        if (item.TryGetProperty("Artifacts", out var artifacts) && artifacts.ValueKind == JsonValueKind.Object
            && artifacts.TryGetProperty("Network", out var network) && network.ValueKind == JsonValueKind.Array)
        {
            foreach (var n in network.EnumerateArray())
            {
                if (n.ValueKind == JsonValueKind.Object && n.TryGetProperty("Domains", out var ds) && ds.ValueKind == JsonValueKind.Array)
                {
                    foreach (var d in ds.EnumerateArray())
                    {
                        if (d.ValueKind == JsonValueKind.String && NormalizeDomain(d.GetString()!) is { } domain)
                        {
                            domains.Add(domain);
                        }
                    }
                }
            }
        }
        return new RemoteAccessToolDefinition(name, category, Distinct(programs), Distinct(executables), Distinct(paths), Distinct(domains), "lolrmm");
    }

    private static void AddExecutable(List<string> executables, string? file)
    {
        if (string.IsNullOrWhiteSpace(file) || file.Contains('*', StringComparison.Ordinal) || file.Contains(' ', StringComparison.Ordinal))
        {
            return;
        }
        var name = file.Trim()[(file.Trim().LastIndexOfAny(['\\', '/']) + 1)..];
        if (name.Length >= 4 && !GenericExecutables.Contains(name))
        {
            executables.Add(name.ToLowerInvariant());
        }
    }

    private static void AddInstallPath(List<string> executables, List<string> paths, string entry)
    {
        var e = entry.Trim();
        var lastSep = e.LastIndexOfAny(['\\', '/']);
        var last = e[(lastSep + 1)..];
        if (last.EndsWith(".exe", StringComparison.OrdinalIgnoreCase) && !last.Contains('*', StringComparison.Ordinal))
        {
            AddExecutable(executables, last);
        }
        if (lastSep < 0)
        {
            return;
        }
        var pattern = e.Replace('/', '\\').ToLowerInvariant();
        if (pattern.EndsWith('\\'))
        {
            pattern += "*";
        }
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        // Patterns must pin at least a vendor folder ("c:\program files\x\"), not just "*\".
        if (star < 0 || star >= 12)
        {
            paths.Add(pattern);
        }
    }

    /// <summary>Turns LOLRMM's domain notations (<c>*.x.com</c>, <c>host:443</c>, regex-ish labels like
    /// <c>relay-[a-f0-9]{8}.net.anydesk.com</c>) into an exact name or a <c>*.</c> wildcard; null when unusable.</summary>
    internal static string? NormalizeDomain(string raw)
    {
        var d = raw.Trim().ToLowerInvariant();
        var scheme = d.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            d = d[(scheme + 3)..];
        }
        var slash = d.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            d = d[..slash];
        }
        var colon = d.LastIndexOf(':');
        if (colon >= 0)
        {
            d = d[..colon];
        }
        var wildcard = false;
        // Drop leading labels holding wildcards or regex syntax: what is left is a parent every match shares.
        var labels = d.Split('.');
        var first = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i].AsSpan().IndexOfAny("*[]{}()\\^$+?|") >= 0)
            {
                first = i + 1;
                wildcard = true;
            }
        }
        var rest = string.Join('.', labels[first..]);
        if (rest.Split('.').Length < 2 || rest.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '.')) || SharedDomains.Contains(rest))
        {
            return null;
        }
        return wildcard ? "*." + rest : rest;
    }

    private static string? Str(JsonElement obj, string property) =>
        obj.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Distinct(List<string> items) => [.. items.Distinct(StringComparer.OrdinalIgnoreCase)];
}
