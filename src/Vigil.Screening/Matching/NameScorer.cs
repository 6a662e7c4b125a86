namespace Vigil.Screening.Matching;

/// <summary>
/// Scores two tokenized names in [0, 1]. Each query token is paired with at most one candidate token (greedy
/// best pairs, order-free, so "Jong Song Hwa" = "Song Hwa Jong"). A pair counts when its similarity clears
/// <see cref="PairCutoff"/>: equal tokens 1.0, Korean romanization variants 0.95 (Jong/Chong/Jeong), otherwise
/// Jaro-Winkler with a 0.9 penalty for a different first letter and for very different lengths; tokens of three
/// letters or fewer must be equal or variants. The score is the weighted share of the two names covered by pairs:
/// <c>Σ pairs sim·2w / (Σ pairs 2w + Σ unpaired query w + 0.6·Σ unpaired list w)</c>, with w the token's rarity
/// over the lists (IDF). Rarity is what defuses the common-Korean-name trap: "Kim Jong Un" vs "Kim Jong Man"
/// shares only common tokens and the rare given-name tokens stay unpaired. Joined or split tokens ("Songil" vs
/// "Song Il", "JSCARGUMENT") are handled by also trying the longer side with one adjacent pair merged.
/// </summary>
public static class NameScorer
{
    public const double PairCutoff = 0.82;
    public const double KoreanVariantSimilarity = 0.95;
    public const double UnpairedCandidateFactor = 0.6;
    public const int MaxTokens = 32;

    /// <summary>Similarity of two tokens (see the class summary).</summary>
    public static double TokenSimilarity(in NameToken q, in NameToken c)
    {
        if (string.Equals(q.Text, c.Text, StringComparison.Ordinal))
        {
            return 1;
        }
        if (q.KoreanKey is not null && string.Equals(q.KoreanKey, c.KoreanKey, StringComparison.Ordinal))
        {
            return KoreanVariantSimilarity;
        }
        var minLength = Math.Min(q.Text.Length, c.Text.Length);
        if (minLength <= 3)
        {
            return 0;
        }
        var jw = StringSimilarity.JaroWinkler(q.Text, c.Text);
        if (q.Text[0] != c.Text[0])
        {
            jw *= 0.9;
        }
        if (minLength < 0.7 * Math.Max(q.Text.Length, c.Text.Length))
        {
            jw *= 0.9;
        }
        return jw >= PairCutoff ? jw : 0;
    }

    /// <summary>Score of two names, trying one merge of adjacent tokens on the longer side.</summary>
    public static double Score(ReadOnlySpan<NameToken> query, ReadOnlySpan<NameToken> candidate) =>
        Score(query, null, candidate, null);

    /// <summary><see cref="Score(ReadOnlySpan{NameToken}, ReadOnlySpan{NameToken})"/> with the merged forms of either
    /// side precomputed by <see cref="Merges"/> (the index keeps them per alias and per query, so scoring a
    /// candidate allocates nothing). Null merges are computed on demand.</summary>
    public static double Score(ReadOnlySpan<NameToken> query, NameToken[][]? queryMerges, ReadOnlySpan<NameToken> candidate, NameToken[][]? candidateMerges)
    {
        if (query.Length == 0 || candidate.Length == 0)
        {
            return 0;
        }
        var best = Align(query, candidate, null);
        if (best < 1 && query.Length != candidate.Length && Math.Max(query.Length, candidate.Length) <= MaxTokens)
        {
            var mergeQuery = query.Length > candidate.Length;
            var merges = mergeQuery ? queryMerges ?? Merges(query) : candidateMerges ?? Merges(candidate);
            foreach (var merged in merges)
            {
                best = Math.Max(best, mergeQuery ? Align(merged, candidate, null) : Align(query, merged, null));
            }
        }
        return best;
    }

    /// <summary>Every form of <paramref name="tokens"/> with one adjacent pair merged ("song il" → "songil").</summary>
    public static NameToken[][] Merges(ReadOnlySpan<NameToken> tokens)
    {
        if (tokens.Length < 2 || tokens.Length > MaxTokens)
        {
            return [];
        }
        var result = new NameToken[tokens.Length - 1][];
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            result[i] = Merge(tokens, i);
        }
        return result;
    }

    /// <summary>The aligned pairs behind <see cref="Score"/>, for explanations.</summary>
    public static (double Score, List<TokenPair> Pairs) Explain(ReadOnlySpan<NameToken> query, ReadOnlySpan<NameToken> candidate)
    {
        var pairs = new List<TokenPair>();
        var best = Align(query, candidate, pairs);
        if (best < 1 && query.Length != candidate.Length && query.Length > 0 && candidate.Length > 0)
        {
            var longer = query.Length > candidate.Length ? query : candidate;
            for (var i = 0; i + 1 < longer.Length; i++)
            {
                var merged = Merge(longer, i);
                var trial = new List<TokenPair>();
                var s = query.Length > candidate.Length ? Align(merged, candidate, trial) : Align(query, merged, trial);
                if (s > best)
                {
                    best = s;
                    pairs = trial;
                }
            }
        }
        return (best, pairs);
    }

    private static NameToken[] Merge(ReadOnlySpan<NameToken> tokens, int at)
    {
        var result = new NameToken[tokens.Length - 1];
        for (int i = 0, j = 0; i < tokens.Length; i++, j++)
        {
            if (i == at)
            {
                var text = tokens[i].Text + tokens[i + 1].Text;
                result[j] = NameToken.Create(text, tokens[i].Weight + tokens[i + 1].Weight);
                i++;
            }
            else
            {
                result[j] = tokens[i];
            }
        }
        return result;
    }

    private static double Align(ReadOnlySpan<NameToken> query, ReadOnlySpan<NameToken> candidate, List<TokenPair>? pairs)
    {
        var qn = Math.Min(query.Length, MaxTokens);
        var cn = Math.Min(candidate.Length, MaxTokens);
        Span<double> sim = stackalloc double[qn * cn];
        for (var i = 0; i < qn; i++)
        {
            for (var j = 0; j < cn; j++)
            {
                sim[i * cn + j] = TokenSimilarity(query[i], candidate[j]);
            }
        }
        Span<bool> qUsed = stackalloc bool[qn];
        Span<bool> cUsed = stackalloc bool[cn];
        double numerator = 0, denominator = 0;
        while (true)
        {
            var bi = -1;
            var bj = -1;
            var bs = 0.0;
            for (var i = 0; i < qn; i++)
            {
                if (qUsed[i])
                {
                    continue;
                }
                for (var j = 0; j < cn; j++)
                {
                    var s = sim[i * cn + j];
                    // Ties prefer the rarer candidate token, so a common token does not steal a rare one's partner.
                    if (!cUsed[j] && (s > bs || (s == bs && s > 0 && candidate[j].Weight > candidate[bj].Weight)))
                    {
                        bs = s;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0)
            {
                break;
            }
            qUsed[bi] = true;
            cUsed[bj] = true;
            var w = 2.0 * candidate[bj].Weight;
            numerator += bs * w;
            denominator += w;
            pairs?.Add(new TokenPair(query[bi].Text, candidate[bj].Text, Math.Round(bs, 3)));
        }
        for (var i = 0; i < query.Length; i++)
        {
            if (i >= qn || !qUsed[i])
            {
                denominator += query[i].Weight;
            }
        }
        for (var j = 0; j < candidate.Length; j++)
        {
            if (j >= cn || !cUsed[j])
            {
                denominator += UnpairedCandidateFactor * candidate[j].Weight;
            }
        }
        return denominator <= 0 ? 0 : numerator / denominator;
    }
}
