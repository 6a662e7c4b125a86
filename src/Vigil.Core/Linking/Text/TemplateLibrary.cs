using System.Security.Cryptography;
using System.Text;

namespace Vigil.Core.Linking.Text;

/// <summary>
/// Known résumé or cover-letter templates (PRF-03: operators reuse the same templates across personas). Each template
/// is stored in its own <see cref="NearDuplicateIndex"/> under a deterministic id derived from its name
/// (<see cref="IdFor"/>), so a submitted text is matched against templates without mixing them with applicants.
/// Thread-safe.
/// </summary>
public sealed class TemplateLibrary
{
    private readonly NearDuplicateIndex _index;
    private readonly Dictionary<Guid, string> _names = [];
    private readonly Lock _gate = new();

    /// <summary>Creates an empty library with the given shingling and LSH options.</summary>
    public TemplateLibrary(NearDuplicateOptions options) => _index = new NearDuplicateIndex(options);

    /// <summary>Number of templates.</summary>
    public int Count => _index.Count;

    /// <summary>Registers a template. Throws <see cref="ArgumentException"/> when the name is taken.</summary>
    public void Add(string name, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var id = IdFor(name);
        // Name first: a concurrent Match may find the id as soon as it is indexed.
        lock (_gate)
        {
            _names[id] = name;
        }
        _index.Add(id, text);
    }

    /// <summary>Templates whose exact Jaccard with <paramref name="text"/> is at least <paramref name="minJaccard"/>, best first.</summary>
    public IReadOnlyList<TemplateMatch> Match(string text, double minJaccard)
    {
        var matches = _index.Query(text, minJaccard);
        lock (_gate)
        {
            return matches.Select(m => new TemplateMatch(_names[m.Id], m.Jaccard)).ToList();
        }
    }

    /// <summary>As <see cref="Match(string, double)"/> for a text prepared by an index with the same options.</summary>
    public IReadOnlyList<TemplateMatch> Match(PreparedText prepared, double minJaccard)
    {
        var matches = _index.Query(prepared, minJaccard);
        lock (_gate)
        {
            return matches.Select(m => new TemplateMatch(_names[m.Id], m.Jaccard)).ToList();
        }
    }

    /// <summary>A stable id for a template name (first 16 bytes of SHA-256 of "template:" + name).</summary>
    public static Guid IdFor(string name)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("template:" + name), digest);
        return new Guid(digest[..16]);
    }
}
