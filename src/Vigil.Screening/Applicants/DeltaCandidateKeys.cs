using Vigil.Core.Names;
using Vigil.Screening.Lists;
using Vigil.Screening.Matching;

namespace Vigil.Screening.Applicants;

/// <summary>
/// Candidate generation for re-screening after a list change, in the reverse direction of the index: the keys of the
/// added and changed entries (name tokens, Korean romanization keys, one-deletion spellings of tokens of 4+ letters,
/// and exact wallet, email, phone and document keys). A stored subject is a candidate when its name or identifiers
/// share any key; only candidates are screened again, with the full index. The keys mirror the index's own
/// candidate paths, so a subject the index would find for a changed entry is never skipped.
/// </summary>
public sealed class DeltaCandidateKeys
{
    private readonly HashSet<string> _tokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _korean = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deletes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _identifiers = new(StringComparer.Ordinal);

    public DeltaCandidateKeys(IEnumerable<ListEntry> changedEntries)
    {
        ArgumentNullException.ThrowIfNull(changedEntries);
        foreach (var entry in changedEntries)
        {
            EntryCount++;
            foreach (var (name, _, _) in entry.AllNames())
            {
                var tokens = NameNormalizer.Tokens(name, entry.Type);
                for (var i = 0; i < tokens.Length; i++)
                {
                    AddToken(tokens[i]);
                    if (i + 1 < tokens.Length)
                    {
                        // The list may split what the subject writes joined ("Song Il" vs "Songil").
                        AddToken(tokens[i] + tokens[i + 1]);
                    }
                }
            }
            foreach (var w in entry.Wallets)
            {
                _identifiers.Add("w:" + IdentifierKeys.Wallet(w.Address));
            }
            foreach (var m in entry.Emails)
            {
                _identifiers.Add("e:" + IdentifierKeys.Email(m));
            }
            foreach (var p in entry.Phones)
            {
                _identifiers.Add("p:" + IdentifierKeys.Phone(p));
            }
            foreach (var d in entry.Identifiers)
            {
                _identifiers.Add("d:" + IdentifierKeys.Document(d.Value));
            }
        }
    }

    /// <summary>Entries the keys were built from.</summary>
    public int EntryCount { get; }

    private void AddToken(string token)
    {
        _tokens.Add(token);
        if (KoreanNameKey.TryKey(token) is { } key)
        {
            _korean.Add(key);
        }
        if (token.Length >= 4)
        {
            foreach (var d in Deletes(token))
            {
                _deletes.Add(d);
            }
        }
    }

    /// <summary>True when a subject with this name and these identifiers could match a changed entry.</summary>
    public bool IsCandidate(string? name, IEnumerable<string> wallets, IEnumerable<string> emails, IEnumerable<string> phones, IEnumerable<string> documents)
    {
        if (wallets.Any(w => _identifiers.Contains("w:" + IdentifierKeys.Wallet(w)))
            || emails.Any(m => _identifiers.Contains("e:" + IdentifierKeys.Email(m)))
            || phones.Any(p => _identifiers.Contains("p:" + IdentifierKeys.Phone(p)))
            || documents.Any(d => _identifiers.Contains("d:" + IdentifierKeys.Document(d))))
        {
            return true;
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }
        var tokens = NameNormalizer.Tokens(name);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (Hits(tokens[i]) || (i + 1 < tokens.Length && Hits(tokens[i] + tokens[i + 1])))
            {
                return true;
            }
        }
        return false;
    }

    private bool Hits(string token)
    {
        if (_tokens.Contains(token) || (KoreanNameKey.TryKey(token) is { } key && _korean.Contains(key)))
        {
            return true;
        }
        if (token.Length < 4)
        {
            return false;
        }
        // One edit apart: a shared one-deletion form (or the token itself among the list's deletions).
        return _deletes.Contains(token) || Deletes(token).Any(_deletes.Contains) || Deletes(token).Any(_tokens.Contains);
    }

    private static IEnumerable<string> Deletes(string token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            yield return string.Concat(token.AsSpan(0, i), token.AsSpan(i + 1));
        }
    }
}
