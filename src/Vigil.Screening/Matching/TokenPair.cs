namespace Vigil.Screening.Matching;

/// <summary>One aligned pair of tokens in a name comparison: what the query said, what the list says, and how
/// similar they are (1 exact, 0.95 romanization variant, else the adjusted Jaro-Winkler).</summary>
public sealed record TokenPair(string Query, string Candidate, double Similarity);
