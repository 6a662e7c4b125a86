using Vigil.Core.Detection;
using Vigil.Core.Identifiers;
using Vigil.Core.Linking.Photos;
using Vigil.Core.Model;
using Vigil.Core.Reference;

namespace Vigil.Core.Tests.Detection;

/// <summary>Builds applicants and screening contexts for detector tests.</summary>
internal static class Applicants
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static int _next;

    public static Subject Make(string name, params (IdentifierKind Kind, string Raw)[] identifiers)
    {
        var id = Guid.NewGuid();
        var external = "A-" + Interlocked.Increment(ref _next);
        var subject = new Subject { Id = id, ExternalId = external, FullName = name, AppliedAt = Now };
        subject.Identifiers.Add(SubjectIdentifier.From(Guid.Empty, id, Canonicalizer.Canonicalize(IdentifierKind.Name, name)));
        foreach (var (kind, raw) in identifiers)
        {
            subject.Identifiers.Add(SubjectIdentifier.From(Guid.Empty, id, Canonicalizer.Canonicalize(kind, raw)));
        }
        return subject;
    }

    public static Subject WithDocument(this Subject subject, DocumentKind kind, string text)
    {
        subject.Documents.Add(new SubjectDocument { SubjectId = subject.Id, Kind = kind, Text = text });
        return subject;
    }

    public static ScreeningContext Context(
        IReadOnlyList<Subject> subjects,
        ScreeningReferences? references = null,
        ScreeningOptions? options = null,
        IReadOnlyDictionary<Guid, IReadOnlyList<ReviewRecord>>? reviews = null,
        IReadOnlyDictionary<Guid, PhotoHash>? photos = null,
        IReadOnlyDictionary<Guid, PhotoHash>? photoCentres = null)
    {
        options ??= new ScreeningOptions();
        var population = ScreeningPopulation.Build(subjects, reviews, photos, options, photoCentres);
        return new ScreeningContext(population, references ?? ScreeningReferences.None, options, Now);
    }

    public static ScreeningContext Context(params Subject[] subjects) => Context(subjects, null);

    /// <summary>A résumé of about 150 distinct words; <paramref name="variant"/> changes a few of them.</summary>
    public static string Resume(int seed, int edits = 0)
    {
        var rng = new Random(seed);
        var words = Enumerable.Range(0, 180).Select(_ => Vocabulary[rng.Next(Vocabulary.Length)] + rng.Next(1000)).ToArray();
        for (var i = 0; i < edits; i++)
        {
            words[(i * 37 + 11) % words.Length] = "edited" + i;
        }
        return string.Join(' ', words);
    }

    private static readonly string[] Vocabulary =
        ["senior", "engineer", "react", "node", "aws", "kubernetes", "python", "led", "team", "built", "platform", "api", "scaled", "payments", "design"];
}
