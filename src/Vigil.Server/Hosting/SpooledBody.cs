namespace Vigil.Server.Hosting;

/// <summary>
/// A request body copied to a private temporary file, for the file-based importers the CLI also uses. The file is
/// deleted on dispose. The copy streams (the body is never held in memory); Kestrel stops it at the endpoint's
/// body limit with a 413.
/// </summary>
public sealed class SpooledBody : IAsyncDisposable
{
    private readonly string _directory;

    private SpooledBody(string directory, string path, long length)
    {
        _directory = directory;
        Path = path;
        Length = length;
    }

    /// <summary>The spooled file, named <c>fileName</c> so importer errors read <c>fileName:line: field: message</c>.</summary>
    public string Path { get; }

    public long Length { get; }

    public static async Task<SpooledBody> CopyAsync(HttpRequest request, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vigil-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = System.IO.Path.Combine(directory, fileName);
        try
        {
            long length;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await request.Body.CopyToAsync(file, cancellationToken);
                length = file.Length;
            }
            return new SpooledBody(directory, path, length);
        }
        catch
        {
            TryDelete(directory);
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        TryDelete(_directory);
        return ValueTask.CompletedTask;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A reader still holds it (Windows) or it is gone already: the OS cleans temp folders.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
