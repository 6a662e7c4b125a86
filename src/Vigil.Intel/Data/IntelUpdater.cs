using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;

namespace Vigil.Intel.Data;

/// <summary>
/// Refreshes the range lists and catalogs in an intel folder, either from the publishers (<see cref="DownloadAsync"/>)
/// or from a local copy with the same layout (<see cref="CopyFrom"/>). Each file is written to a temporary name,
/// checked (JSON parses, a list is not an HTML error page), then moved over the old copy, so a failed or partial
/// download never replaces good data. One feed failing does not stop the others.
/// </summary>
public sealed class IntelUpdater
{
    private readonly HttpClient _http;
    private readonly TimeProvider _time;

    public IntelUpdater(HttpClient http, TimeProvider time)
    {
        _http = http;
        _time = time;
    }

    public async Task<IntelUpdateReport> DownloadAsync(string intelDir, IReadOnlyList<IntelFeed> feeds, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(intelDir);
        var manifest = ReadManifest(intelDir);
        var results = new List<FeedResult>(feeds.Count);
        foreach (var feed in feeds)
        {
            var target = Path.Combine(intelDir, feed.RelativePath);
            var temp = target + ".download";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using (var response = await _http.GetAsync(feed.Url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
                {
                    if (!response.IsSuccessStatusCode)
                    {
                        results.Add(new FeedResult(feed.Id, feed.RelativePath, false, 0, $"{feed.Url} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}"));
                        continue;
                    }
                    await using var file = File.Create(temp);
                    await response.Content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                }
                results.Add(Commit(feed, temp, target, feed.Url.ToString(), manifest));
            }
            catch (HttpRequestException e)
            {
                results.Add(new FeedResult(feed.Id, feed.RelativePath, false, 0, DescribeNetworkError(feed.Url, e)));
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                results.Add(new FeedResult(feed.Id, feed.RelativePath, false, 0, $"{feed.Url}: timed out ({e.Message})"));
            }
            catch (IOException e)
            {
                results.Add(new FeedResult(feed.Id, feed.RelativePath, false, 0, $"cannot write {target}: {e.Message}"));
            }
            finally
            {
                TryDelete(temp);
            }
        }
        WriteManifest(intelDir, manifest);
        return new IntelUpdateReport(intelDir, "publishers", results);
    }

    /// <summary>Copies every feed file present under <paramref name="sourceDir"/> (same layout), plus the disposable
    /// allowlist when there. Feeds missing from the copy are reported as failed and keep their old version.</summary>
    public IntelUpdateReport CopyFrom(string sourceDir, string intelDir, IReadOnlyList<IntelFeed> feeds)
    {
        if (!Directory.Exists(sourceDir))
        {
            throw new DirectoryNotFoundException($"--from folder {sourceDir} does not exist");
        }
        Directory.CreateDirectory(intelDir);
        var manifest = ReadManifest(intelDir);
        var results = new List<FeedResult>();
        var all = feeds.Append(new IntelFeed("disposable-email:allowlist", IntelLayout.DisposableAllowlist, new Uri("file:///allowlist.conf"), "lines"));
        foreach (var feed in all)
        {
            var source = Path.Combine(sourceDir, feed.RelativePath);
            if (!File.Exists(source))
            {
                results.Add(new FeedResult(feed.Id, feed.RelativePath, false, 0, $"not in {sourceDir}"));
                continue;
            }
            var target = Path.Combine(intelDir, feed.RelativePath);
            var temp = target + ".copy";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, temp, overwrite: true);
                results.Add(Commit(feed, temp, target, Path.GetFullPath(source), manifest));
            }
            catch (IOException e)
            {
                results.Add(new FeedResult(feed.Id, feed.RelativePath, false, 0, $"cannot copy {source}: {e.Message}"));
            }
            finally
            {
                TryDelete(temp);
            }
        }
        WriteManifest(intelDir, manifest);
        return new IntelUpdateReport(intelDir, Path.GetFullPath(sourceDir), results);
    }

    public static IntelManifest ReadManifest(string intelDir)
    {
        var path = Path.Combine(intelDir, IntelLayout.Manifest);
        if (!File.Exists(path))
        {
            return new IntelManifest();
        }
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, IntelJsonContext.Default.IntelManifest) ?? new IntelManifest();
        }
        catch (JsonException)
        {
            // A damaged manifest only loses provenance; the data files are still valid.
            return new IntelManifest();
        }
    }

    private FeedResult Commit(IntelFeed feed, string temp, string target, string origin, IntelManifest manifest)
    {
        var problem = Check(temp, feed.Format);
        if (problem is not null)
        {
            return new FeedResult(feed.Id, feed.RelativePath, false, 0, $"{origin}: {problem}; kept the previous copy");
        }
        var bytes = new FileInfo(temp).Length;
        string sha;
        using (var stream = File.OpenRead(temp))
        {
            sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        File.Move(temp, target, overwrite: true);
        manifest.Feeds[feed.Id] = new IntelManifestEntry(origin, _time.GetUtcNow(), bytes, sha);
        return new FeedResult(feed.Id, feed.RelativePath, true, bytes, null);
    }

    /// <summary>Null when the file looks like the list it should be; else why not.</summary>
    internal static string? Check(string path, string format)
    {
        var info = new FileInfo(path);
        if (info.Length == 0)
        {
            return "empty file";
        }
        using var stream = File.OpenRead(path);
        if (format == "json")
        {
            try
            {
                using var doc = JsonDocument.Parse(stream);
                return null;
            }
            catch (JsonException e)
            {
                return $"not valid JSON (line {(e.LineNumber ?? 0) + 1}: {e.Message})";
            }
        }
        using var reader = new StreamReader(stream);
        var head = new char[512];
        var read = reader.Read(head, 0, head.Length);
        var start = new string(head, 0, read).TrimStart();
        return start.StartsWith('<') ? "got an HTML page, not the list (captive portal or error page?)" : null;
    }

    private static string DescribeNetworkError(Uri url, HttpRequestException e)
    {
        var offline = e.InnerException is SocketException || e.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError;
        return offline
            ? $"cannot reach {url.Host} ({e.Message}). This machine looks offline: copy the lists from a connected machine and run `vigil intel update --from DIR`"
            : $"{url}: {e.Message}";
    }

    private static void WriteManifest(string intelDir, IntelManifest manifest)
    {
        var path = Path.Combine(intelDir, IntelLayout.Manifest);
        var temp = path + ".tmp";
        using (var stream = File.Create(temp))
        {
            JsonSerializer.Serialize(stream, manifest, IntelJsonContext.Default.IntelManifest);
        }
        File.Move(temp, path, overwrite: true);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}
