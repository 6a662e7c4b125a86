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
/// "Song Il", "JSCARGUMENT") are handled by also trying the longer side with one adjacent pair joined; a joined
/// token pairs only when it is nearly the same token (<see cref="JoinedSimilarity"/>), so two short given names
/// glued together ("Sarah Day" → "sarahday") cannot pass for an unrelated one-word name ("SARDASHT").
/// </summary>
public static class NameScorer
{
    public const double PairCutoff = 0.82;
    public const double KoreanVariantSimilarity = 0.95;
    public const double UnpairedCandidateFactor = 0.6;
    public const int MaxTokens = 32;

    /// <summary>A joined token shorter than this must be equal (or a romanization variant) to pair.</summary>
    public const int JoinedTypoMinLength = 6;

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
        var maxLength = Math.Max(q.Text.Length, c.Text.Length);
        var sameFirst = q.Text[0] == c.Text[0];
        var lengthPenalty = minLength < 0.7 * maxLength;
        // Jaro is at most (2 + min/max) / 3 and the Winkler bonus needs a common first letter: skip pairs that
        // cannot clear the cutoff whatever their letters (most pairs of a long name against another).
        if (!sameFirst && (lengthPenalty || (2.0 + (double)minLength / maxLength) / 3.0 * 0.9 < PairCutoff))
        {
            return 0;
        }
        var jw = StringSimilarity.JaroWinkler(q.Text, c.Text);
        if (!sameFirst)
        {
            jw *= 0.9;
        }
        if (lengthPenalty)
        {
            jw *= 0.9;
        }
        return jw >= PairCutoff ? jw : 0;
    }

    /// <summary>Similarity of a joined token (two adjacent tokens glued, <paramref name="joined"/>) to a single
    /// token: equal, a romanization variant, or — for tokens of <see cref="JoinedTypoMinLength"/>+ letters — one
    /// edit apart with the same first letter (then its <see cref="TokenSimilarity"/>); otherwise 0. Stricter than
    /// <see cref="TokenSimilarity"/> because gluing two tokens manufactures a long token that a fuzzy measure
    /// finds similar to many unrelated words.</summary>
    public static double JoinedSimilarity(in NameToken joined, in NameToken single)
    {
        var a = joined.Text;
        var b = single.Text;
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }
        if (joined.KoreanKey is not null && string.Equals(joined.KoreanKey, single.KoreanKey, StringComparison.Ordinal))
        {
            return KoreanVariantSimilarity;
        }
        if (Math.Min(a.Length, b.Length) < JoinedTypoMinLength || Math.Abs(a.Length - b.Length) > 1 || a[0] != b[0]
            || StringSimilarity.Levenshtein(a, b) > 1)
        {
            return 0;
        }
        return TokenSimilarity(joined, single);
    }

    /// <summary>Score of two names, trying one join of adjacent tokens on the longer side.</summary>
    public static double Score(ReadOnlySpan<NameToken> query, ReadOnlySpan<NameToken> candidate) =>
        Compare(query, null, candidate, null, null);

    /// <summary><see cref="Score(ReadOnlySpan{NameToken}, ReadOnlySpan{NameToken})"/> with the merged forms of either
    /// side precomputed by <see cref="Merges"/>. Null merges are computed on demand. Kept for callers of the
    /// earlier API; <see cref="ScoreWithJoins"/> takes the cheaper <see cref="Joins"/> form.</summary>
    public static double Score(ReadOnlySpan<NameToken> query, NameToken[][]? queryMerges, ReadOnlySpan<NameToken> candidate, NameToken[][]? candidateMerges) =>
        Compare(query, JoinsOf(queryMerges), candidate, JoinsOf(candidateMerges), null);

    /// <summary>The score with the joined tokens of either side precomputed by <see cref="Joins"/> (the index keeps
    /// them per alias and per query, so scoring a candidate allocates nothing). Null joins are computed on demand.</summary>
    public static double ScoreWithJoins(ReadOnlySpan<NameToken> query, NameToken[]? queryJoins, ReadOnlySpan<NameToken> candidate, NameToken[]? candidateJoins) =>
        Compare(query, queryJoins, candidate, candidateJoins, null);

    /// <summary>Every form of <paramref name="tokens"/> with one adjacent pair merged ("song il" → "songil").</summary>
    public static NameToken[][] Merges(ReadOnlySpan<NameToken> tokens)
    {
        if (tokens.Length < 2 || tokens.Length > MaxTokens)
        {
            return [];
        }
        var joins = Joins(tokens);
        var result = new NameToken[tokens.Length - 1][];
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var merged = new NameToken[tokens.Length - 1];
            tokens[..i].CopyTo(merged);
            merged[i] = joins[i];
            tokens[(i + 2)..].CopyTo(merged.AsSpan(i + 1));
            result[i] = merged;
        }
        return result;
    }

    /// <summary>The joined token of every adjacent pair: element i is tokens i and i+1 glued ("song"+"il" →
    /// "songil"), weighing their two weights together. Empty for fewer than two or more than <see cref="MaxTokens"/>
    /// tokens.</summary>
    public static NameToken[] Joins(ReadOnlySpan<NameToken> tokens)
    {
        if (tokens.Length < 2 || tokens.Length > MaxTokens)
        {
            return [];
        }
        var result = new NameToken[tokens.Length - 1];
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            result[i] = NameToken.Create(tokens[i].Text + tokens[i + 1].Text, tokens[i].Weight + tokens[i + 1].Weight);
        }
        return result;
    }

    /// <summary>The aligned pairs behind <see cref="Score(ReadOnlySpan{NameToken}, ReadOnlySpan{NameToken})"/>, for explanations.</summary>
    public static (double Score, List<TokenPair> Pairs) Explain(ReadOnlySpan<NameToken> query, ReadOnlySpan<NameToken> candidate)
    {
        var pairs = new List<TokenPair>();
        var score = Compare(query, null, candidate, null, pairs);
        return (score, pairs);
    }

    private static NameToken[]? JoinsOf(NameToken[][]? merges)
    {
        if (merges is null)
        {
            return null;
        }
        var joins = new NameToken[merges.Length];
        for (var i = 0; i < merges.Length; i++)
        {
            joins[i] = merges[i][i];
        }
        return joins;
    }

    private static double Compare(ReadOnlySpan<NameToken> query, NameToken[]? queryJoins, ReadOnlySpan<NameToken> candidate, NameToken[]? candidateJoins, List<TokenPair>? pairs)
    {
        if (query.Length == 0 || candidate.Length == 0)
        {
            return 0;
        }
        var qn = Math.Min(query.Length, MaxTokens);
        var cn = Math.Min(candidate.Length, MaxTokens);
        // Tokens beyond MaxTokens never pair; they only weigh in the denominator.
        var overflow = 0.0;
        for (var i = qn; i < query.Length; i++)
        {
            overflow += query[i].Weight;
        }
        for (var j = cn; j < candidate.Length; j++)
        {
            overflow += UnpairedCandidateFactor * candidate[j].Weight;
        }
        Span<double> sim = stackalloc double[qn * cn];
        for (var i = 0; i < qn; i++)
        {
            for (var j = 0; j < cn; j++)
            {
                sim[i * cn + j] = TokenSimilarity(query[i], candidate[j]);
            }
        }
        Span<float> qw = stackalloc float[qn];
        Span<float> cw = stackalloc float[cn];
        for (var i = 0; i < qn; i++)
        {
            qw[i] = query[i].Weight;
        }
        for (var j = 0; j < cn; j++)
        {
            cw[j] = candidate[j].Weight;
        }
        Span<int> chosen = stackalloc int[2 * Math.Min(qn, cn)];
        var best = Align(sim, qn, cn, qw, cw, overflow, chosen, out var chosenCount);
        if (pairs is not null)
        {
            var queryTexts = new string[qn];
            for (var i = 0; i < qn; i++)
            {
                queryTexts[i] = query[i].Text;
            }
            var candidateTexts = new string[cn];
            for (var j = 0; j < cn; j++)
            {
                candidateTexts[j] = candidate[j].Text;
            }
            AddPairs(pairs, chosen[..(2 * chosenCount)], sim, cn, queryTexts, candidateTexts);
        }
        if (best >= 1 || qn == cn)
        {
            return best;
        }
        // Try the longer side with one adjacent pair joined; only joins that pair with a token of the other side
        // can change the score, so the full alignment runs for those alone.
        var joinQuery = qn > cn;
        var ln = joinQuery ? qn : cn;
        var sn = joinQuery ? cn : qn;
        var longer = joinQuery ? query[..qn] : candidate[..cn];
        var shorter = joinQuery ? candidate[..cn] : query[..qn];
        var joins = (joinQuery ? queryJoins : candidateJoins) is { } given && given.Length == ln - 1 ? given : null;
        Span<double> row = stackalloc double[sn];
        Span<double> merged = stackalloc double[(ln - 1) * sn];
        Span<float> lw = stackalloc float[ln - 1];
        Span<int> mergedChosen = stackalloc int[2 * Math.Min(ln - 1, sn)];
        for (var k = 0; k + 1 < ln; k++)
        {
            var joined = joins is not null ? joins[k] : NameToken.Create(longer[k].Text + longer[k + 1].Text, longer[k].Weight + longer[k + 1].Weight);
            var any = false;
            for (var j = 0; j < sn; j++)
            {
                row[j] = JoinedSimilarity(joined, shorter[j]);
                any |= row[j] > 0;
            }
            if (!any)
            {
                continue;
            }
            // The joined matrix (rows: the longer side with k and k+1 replaced by the joined token).
            for (var i = 0; i < ln - 1; i++)
            {
                var source = i < k ? i : i + 1;
                lw[i] = i == k ? joined.Weight : longer[source].Weight;
                for (var j = 0; j < sn; j++)
                {
                    var s = i == k ? row[j] : joinQuery ? sim[source * cn + j] : sim[j * cn + source];
                    if (joinQuery)
                    {
                        merged[i * sn + j] = s;
                    }
                    else
                    {
                        merged[j * (ln - 1) + i] = s;
                    }
                }
            }
            var score = joinQuery
                ? Align(merged, ln - 1, sn, lw, cw, overflow, mergedChosen, out var count)
                : Align(merged, sn, ln - 1, qw, lw, overflow, mergedChosen, out count);
            if (score > best)
            {
                best = score;
                if (pairs is not null)
                {
                    pairs.Clear();
                    var longTexts = new string[ln - 1];
                    for (var i = 0; i < ln - 1; i++)
                    {
                        longTexts[i] = i == k ? joined.Text : longer[i < k ? i : i + 1].Text;
                    }
                    var shortTexts = new string[sn];
                    for (var j = 0; j < sn; j++)
                    {
                        shortTexts[j] = shorter[j].Text;
                    }
                    AddPairs(pairs, mergedChosen[..(2 * count)], merged, joinQuery ? sn : ln - 1,
                        joinQuery ? longTexts : shortTexts, joinQuery ? shortTexts : longTexts);
                }
            }
        }
        return best;
    }

    private static void AddPairs(List<TokenPair> pairs, ReadOnlySpan<int> chosen, ReadOnlySpan<double> sim, int cn, string[] queryTexts, string[] candidateTexts)
    {
        for (var p = 0; p < chosen.Length; p += 2)
        {
            var (i, j) = (chosen[p], chosen[p + 1]);
            pairs.Add(new TokenPair(queryTexts[i], candidateTexts[j], Math.Round(sim[i * cn + j], 3)));
        }
    }

    /// <summary>Greedy best-pair alignment over a similarity matrix: repeatedly takes the most similar free pair
    /// (ties: the rarer candidate token, so a common token does not steal a rare one's partner; then the first in
    /// row order). Writes the chosen (row, column) pairs to <paramref name="chosen"/>.</summary>
    private static double Align(ReadOnlySpan<double> sim, int qn, int cn, ReadOnlySpan<float> qw, ReadOnlySpan<float> cw, double overflow,
        Span<int> chosen, out int chosenCount)
    {
        // Only pairs above the cutoff can be chosen; they are few, so the greedy loop runs over them alone.
        Span<int> live = stackalloc int[qn * cn];
        var liveCount = 0;
        for (var p = 0; p < qn * cn; p++)
        {
            if (sim[p] > 0)
            {
                live[liveCount++] = p;
            }
        }
        Span<bool> qUsed = stackalloc bool[qn];
        Span<bool> cUsed = stackalloc bool[cn];
        double numerator = 0, denominator = overflow;
        chosenCount = 0;
        while (true)
        {
            var bp = -1;
            var bs = 0.0;
            var bw = 0f;
            for (var l = 0; l < liveCount; l++)
            {
                var p = live[l];
                if (p < 0)
                {
                    continue;
                }
                var (i, j) = (p / cn, p % cn);
                if (qUsed[i] || cUsed[j])
                {
                    live[l] = -1;
                    continue;
                }
                var s = sim[p];
                if (s > bs || (s == bs && cw[j] > bw))
                {
                    bs = s;
                    bw = cw[j];
                    bp = p;
                }
            }
            if (bp < 0)
            {
                break;
            }
            var (bi, bj) = (bp / cn, bp % cn);
            qUsed[bi] = true;
            cUsed[bj] = true;
            var w = 2.0 * cw[bj];
            numerator += bs * w;
            denominator += w;
            chosen[2 * chosenCount] = bi;
            chosen[2 * chosenCount + 1] = bj;
            chosenCount++;
        }
        for (var i = 0; i < qn; i++)
        {
            if (!qUsed[i])
            {
                denominator += qw[i];
            }
        }
        for (var j = 0; j < cn; j++)
        {
            if (!cUsed[j])
            {
                denominator += UnpairedCandidateFactor * cw[j];
            }
        }
        return denominator <= 0 ? 0 : numerator / denominator;
    }
}
