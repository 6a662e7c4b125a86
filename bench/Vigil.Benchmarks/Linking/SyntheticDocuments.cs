namespace Vigil.Benchmarks.Linking;

/// <summary>Synthetic résumé-like documents: words drawn from a 5,000-word vocabulary with a skewed (Zipf-like) law.</summary>
public static class SyntheticDocuments
{
    private static readonly string[] Vocabulary = Enumerable.Range(0, 5000).Select(i => "t" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>A document of <paramref name="words"/> words.</summary>
    public static string Resume(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[(int)(Vocabulary.Length * Math.Pow(random.NextDouble(), 2))]));

    /// <summary>A copy with a fraction of words replaced.</summary>
    public static string Mutate(Random random, string text, double fraction)
    {
        var w = text.Split(' ');
        for (var i = 0; i < w.Length; i++)
        {
            if (random.NextDouble() < fraction)
            {
                w[i] = Vocabulary[random.Next(Vocabulary.Length)];
            }
        }
        return string.Join(' ', w);
    }
}
