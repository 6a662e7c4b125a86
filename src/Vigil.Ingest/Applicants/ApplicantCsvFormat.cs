using System.Text;

namespace Vigil.Ingest.Applicants;

/// <summary>
/// The flattening rules of the applicant CSV: multi-valued cells separated by <c>;</c>, pairs as
/// <c>kind:value</c>, reviews as <c>at|rating|reviewer</c>; a backslash escapes the next character
/// (<c>\;</c>, <c>\\</c>) inside any multi-valued cell.
/// </summary>
public static class ApplicantCsvFormat
{
    public const char ListSeparator = ';';
    public const char PairSeparator = ':';
    public const char ReviewSeparator = '|';
    public const char Escape = '\\';

    /// <summary>Splits a cell on unescaped <c>;</c>; items are unescaped and trimmed, empty items dropped.</summary>
    public static List<string> SplitList(string cell)
    {
        var items = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c == Escape && i + 1 < cell.Length)
            {
                current.Append(cell[++i]);
            }
            else if (c == ListSeparator)
            {
                Flush();
            }
            else
            {
                current.Append(c);
            }
        }
        Flush();
        return items;

        void Flush()
        {
            var item = current.ToString().Trim();
            if (item.Length > 0)
            {
                items.Add(item);
            }
            current.Clear();
        }
    }

    /// <summary>Escapes and joins items into one cell.</summary>
    public static string JoinList(IEnumerable<string> items)
    {
        var sb = new StringBuilder();
        foreach (var item in items)
        {
            if (sb.Length > 0)
            {
                sb.Append(ListSeparator);
            }
            foreach (var c in item)
            {
                if (c is Escape or ListSeparator)
                {
                    sb.Append(Escape);
                }
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
