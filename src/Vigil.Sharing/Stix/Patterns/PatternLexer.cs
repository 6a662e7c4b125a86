using System.Text;

namespace Vigil.Sharing.Stix.Patterns;

/// <summary>Splits a STIX pattern into tokens; errors carry the character offset.</summary>
internal static class PatternLexer
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "AND", "OR", "NOT", "FOLLOWEDBY", "LIKE", "MATCHES", "ISSUPERSET", "ISSUBSET", "EXISTS", "IN",
        "START", "STOP", "SECONDS", "WITHIN", "REPEATS", "TIMES", "LAST",
    };

    public static bool TryTokenize(string text, List<PatternToken> tokens, out string? error, out int errorPosition)
    {
        error = null;
        errorPosition = -1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            switch (c)
            {
                case '[': tokens.Add(new(PatternTokenKind.LeftBracket, "[", i++)); continue;
                case ']': tokens.Add(new(PatternTokenKind.RightBracket, "]", i++)); continue;
                case '(': tokens.Add(new(PatternTokenKind.LeftParen, "(", i++)); continue;
                case ')': tokens.Add(new(PatternTokenKind.RightParen, ")", i++)); continue;
                case ':': tokens.Add(new(PatternTokenKind.Colon, ":", i++)); continue;
                case ',': tokens.Add(new(PatternTokenKind.Comma, ",", i++)); continue;
                case '*': tokens.Add(new(PatternTokenKind.Asterisk, "*", i++)); continue;
                case '=':
                    i += i + 1 < text.Length && text[i + 1] == '=' ? 2 : 1;
                    tokens.Add(new(PatternTokenKind.Equal, "=", start));
                    continue;
                case '!' when i + 1 < text.Length && text[i + 1] == '=':
                    tokens.Add(new(PatternTokenKind.NotEqual, "!=", start));
                    i += 2;
                    continue;
                case '<' when i + 1 < text.Length && text[i + 1] == '>':
                    tokens.Add(new(PatternTokenKind.NotEqual, "!=", start));
                    i += 2;
                    continue;
                case '<':
                    if (i + 1 < text.Length && text[i + 1] == '=')
                    {
                        tokens.Add(new(PatternTokenKind.LessOrEqual, "<=", start));
                        i += 2;
                    }
                    else
                    {
                        tokens.Add(new(PatternTokenKind.Less, "<", i++));
                    }
                    continue;
                case '>':
                    if (i + 1 < text.Length && text[i + 1] == '=')
                    {
                        tokens.Add(new(PatternTokenKind.GreaterOrEqual, ">=", start));
                        i += 2;
                    }
                    else
                    {
                        tokens.Add(new(PatternTokenKind.Greater, ">", i++));
                    }
                    continue;
                case '\'':
                    if (!ReadQuoted(text, ref i, out var s, out error))
                    {
                        errorPosition = start;
                        return false;
                    }
                    tokens.Add(new(PatternTokenKind.StringLiteral, s, start));
                    continue;
            }
            if ((c is 't' or 'b' or 'h') && i + 1 < text.Length && text[i + 1] == '\'')
            {
                i++;
                if (!ReadQuoted(text, ref i, out var body, out error))
                {
                    errorPosition = start;
                    return false;
                }
                var kind = c switch
                {
                    't' => PatternTokenKind.TimestampLiteral,
                    'b' => PatternTokenKind.BinaryLiteral,
                    _ => PatternTokenKind.HexLiteral,
                };
                var problem = kind switch
                {
                    PatternTokenKind.TimestampLiteral => StixTimestamp.TryParse(body, out _) ? null : "timestamp literal is not YYYY-MM-DDTHH:MM:SS[.s+]Z",
                    PatternTokenKind.BinaryLiteral => IsBase64(body) ? null : "binary literal is not base64",
                    _ => IsHex(body) ? null : "hex literal must have an even number of hex digits",
                };
                if (problem is not null)
                {
                    error = problem;
                    errorPosition = start;
                    return false;
                }
                tokens.Add(new(kind, body, start));
                continue;
            }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (char.IsAsciiDigit(c) || (c is '-' or '+' && (char.IsAsciiDigit(next) || next == '.')) || (c == '.' && char.IsAsciiDigit(next)))
            {
                if (!ReadNumber(text, ref i, out var number, out var isFloat))
                {
                    error = "malformed number";
                    errorPosition = start;
                    return false;
                }
                tokens.Add(new(isFloat ? PatternTokenKind.FloatLiteral : PatternTokenKind.IntLiteral, number, start));
                continue;
            }
            if (c == '.')
            {
                tokens.Add(new(PatternTokenKind.Dot, ".", i++));
                continue;
            }
            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-'))
                {
                    i++;
                }
                var word = text[start..i];
                if (word is "true" or "false")
                {
                    tokens.Add(new(PatternTokenKind.BoolLiteral, word, start));
                }
                else if (Keywords.Contains(word))
                {
                    tokens.Add(new(PatternTokenKind.Keyword, word, start));
                }
                else
                {
                    tokens.Add(new(PatternTokenKind.Identifier, word, start));
                }
                continue;
            }
            error = $"unexpected character '{c}'";
            errorPosition = i;
            return false;
        }
        tokens.Add(new(PatternTokenKind.End, "", text.Length));
        return true;
    }

    private static bool ReadQuoted(string text, ref int i, out string value, out string? error)
    {
        // i is on the opening quote. Only \' and \\ are escapes (StringLiteral in STIXPattern.g4).
        var sb = new StringBuilder();
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\')
            {
                if (i + 1 < text.Length && text[i + 1] is '\'' or '\\')
                {
                    sb.Append(text[i + 1]);
                    i += 2;
                    continue;
                }
                value = "";
                error = "a backslash in a string may only escape ' or \\";
                return false;
            }
            if (c == '\'')
            {
                i++;
                value = sb.ToString();
                error = null;
                return true;
            }
            sb.Append(c);
            i++;
        }
        value = "";
        error = "unterminated string literal";
        return false;
    }

    private static bool ReadNumber(string text, ref int i, out string value, out bool isFloat)
    {
        var start = i;
        isFloat = false;
        if (text[i] is '-' or '+')
        {
            i++;
        }
        var intDigits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            intDigits++;
        }
        if (i < text.Length && text[i] == '.')
        {
            isFloat = true;
            i++;
            var fracDigits = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                fracDigits++;
            }
            if (fracDigits == 0)
            {
                value = "";
                return false;
            }
        }
        else if (intDigits == 0 || (intDigits > 1 && text[i - intDigits] == '0'))
        {
            value = "";
            return false;
        }
        value = text[start..i];
        return true;
    }

    private static bool IsHex(string s)
    {
        if (s.Length % 2 != 0)
        {
            return false;
        }
        foreach (var c in s)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsBase64(string s)
    {
        if (s.Length % 4 != 0)
        {
            return false;
        }
        Span<byte> scratch = s.Length <= 1024 ? stackalloc byte[s.Length] : new byte[s.Length];
        return Convert.TryFromBase64String(s, scratch, out _);
    }
}
