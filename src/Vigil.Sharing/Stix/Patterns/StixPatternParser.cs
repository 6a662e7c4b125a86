namespace Vigil.Sharing.Stix.Patterns;

/// <summary>
/// Validating parser for the full STIX 2.1 patterning grammar (§9; OASIS STIXPattern.g4): observation expressions
/// with AND/OR/FOLLOWEDBY and WITHIN/REPEATS/START-STOP qualifiers, comparison expressions with every operator and
/// literal kind, object paths with quoted and list components. Also enforces the rule the grammar cannot: comparisons
/// joined by AND inside one observation use one SCO type.
/// </summary>
/// <remarks>Pure and thread-safe. Errors are results with a character offset, never exceptions.</remarks>
public static class StixPatternParser
{
    public static StixPatternParseResult Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var tokens = new List<PatternToken>();
        if (!PatternLexer.TryTokenize(pattern, tokens, out var lexError, out var lexPos))
        {
            return new StixPatternParseResult(null, lexError, lexPos);
        }
        var parser = new Cursor(tokens);
        try
        {
            var expr = parser.ObservationExpressions();
            if (parser.Peek.Kind != PatternTokenKind.End)
            {
                throw new PatternSyntaxException($"unexpected '{parser.Peek.Text}' after the pattern", parser.Peek.Position);
            }
            return new StixPatternParseResult(expr, null, -1);
        }
        catch (PatternSyntaxException ex)
        {
            return new StixPatternParseResult(null, ex.Message, ex.Position);
        }
    }

    /// <summary>True when <paramref name="pattern"/> is a valid STIX 2.1 pattern.</summary>
    public static bool IsValid(string pattern) => Parse(pattern).Success;

    internal static ObjectPath? ParseObjectPath(string text)
    {
        var tokens = new List<PatternToken>();
        if (!PatternLexer.TryTokenize(text, tokens, out _, out _))
        {
            return null;
        }
        var parser = new Cursor(tokens);
        try
        {
            var path = parser.Path();
            return parser.Peek.Kind == PatternTokenKind.End ? path : null;
        }
        catch (PatternSyntaxException)
        {
            return null;
        }
    }

    private sealed class PatternSyntaxException(string message, int position) : Exception(message)
    {
        public int Position { get; } = position;
    }

    private sealed class Cursor(List<PatternToken> tokens)
    {
        private int _pos;

        public PatternToken Peek => tokens[_pos];

        private PatternToken Next() => tokens[_pos++];

        private bool IsKeyword(string word) => Peek.Kind == PatternTokenKind.Keyword && Peek.Text == word;

        private PatternToken Expect(PatternTokenKind kind, string what)
        {
            if (Peek.Kind != kind)
            {
                throw new PatternSyntaxException($"expected {what} but found {Describe(Peek)}", Peek.Position);
            }
            return Next();
        }

        private void ExpectKeyword(string word)
        {
            if (!IsKeyword(word))
            {
                throw new PatternSyntaxException($"expected {word} but found {Describe(Peek)}", Peek.Position);
            }
            _pos++;
        }

        private static string Describe(PatternToken t) => t.Kind == PatternTokenKind.End ? "the end of the pattern" : $"'{t.Text}'";

        public PatternExpression ObservationExpressions()
        {
            var left = ObservationOr();
            while (IsKeyword("FOLLOWEDBY"))
            {
                _pos++;
                left = new ObservationCompound("FOLLOWEDBY", left, ObservationOr());
            }
            return left;
        }

        private PatternExpression ObservationOr()
        {
            var left = ObservationAnd();
            while (IsKeyword("OR"))
            {
                _pos++;
                left = new ObservationCompound("OR", left, ObservationAnd());
            }
            return left;
        }

        private PatternExpression ObservationAnd()
        {
            var left = QualifiedObservation();
            while (IsKeyword("AND"))
            {
                _pos++;
                left = new ObservationCompound("AND", left, QualifiedObservation());
            }
            return left;
        }

        private PatternExpression QualifiedObservation()
        {
            PatternExpression node;
            if (Peek.Kind == PatternTokenKind.LeftBracket)
            {
                var open = Next();
                var comparison = ComparisonOr();
                Expect(PatternTokenKind.RightBracket, "']'");
                CheckSingleType(comparison, open.Position);
                node = new Observation(comparison);
            }
            else if (Peek.Kind == PatternTokenKind.LeftParen)
            {
                _pos++;
                node = ObservationExpressions();
                Expect(PatternTokenKind.RightParen, "')'");
            }
            else
            {
                throw new PatternSyntaxException($"expected '[' or '(' to start an observation but found {Describe(Peek)}", Peek.Position);
            }
            while (true)
            {
                if (IsKeyword("WITHIN"))
                {
                    _pos++;
                    var n = Peek;
                    if (n.Kind is not (PatternTokenKind.IntLiteral or PatternTokenKind.FloatLiteral) || n.Text.StartsWith('-') || IsZero(n.Text))
                    {
                        throw new PatternSyntaxException("WITHIN needs a positive number of seconds", n.Position);
                    }
                    _pos++;
                    ExpectKeyword("SECONDS");
                    node = new QualifiedObservation(node, $"WITHIN {n.Text.TrimStart('+')} SECONDS");
                }
                else if (IsKeyword("REPEATS"))
                {
                    _pos++;
                    var n = Peek;
                    if (n.Kind != PatternTokenKind.IntLiteral || n.Text.StartsWith('-') || IsZero(n.Text))
                    {
                        throw new PatternSyntaxException("REPEATS needs a positive integer", n.Position);
                    }
                    _pos++;
                    ExpectKeyword("TIMES");
                    node = new QualifiedObservation(node, $"REPEATS {n.Text.TrimStart('+')} TIMES");
                }
                else if (IsKeyword("START"))
                {
                    _pos++;
                    var start = Expect(PatternTokenKind.TimestampLiteral, "a t'...' timestamp after START");
                    ExpectKeyword("STOP");
                    var stop = Expect(PatternTokenKind.TimestampLiteral, "a t'...' timestamp after STOP");
                    if (StixTimestamp.Parse(stop.Text) <= StixTimestamp.Parse(start.Text))
                    {
                        throw new PatternSyntaxException("STOP must be later than START", stop.Position);
                    }
                    node = new QualifiedObservation(node, $"START t'{start.Text}' STOP t'{stop.Text}'");
                }
                else
                {
                    return node;
                }
            }
        }

        private static bool IsZero(string number)
        {
            foreach (var c in number)
            {
                if (c is >= '1' and <= '9')
                {
                    return false;
                }
            }
            return true;
        }

        private PatternExpression ComparisonOr()
        {
            var left = ComparisonAnd();
            while (IsKeyword("OR"))
            {
                _pos++;
                left = new ComparisonCompound("OR", left, ComparisonAnd());
            }
            return left;
        }

        private PatternExpression ComparisonAnd()
        {
            var left = PropertyTest();
            while (IsKeyword("AND"))
            {
                _pos++;
                left = new ComparisonCompound("AND", left, PropertyTest());
            }
            return left;
        }

        private PatternExpression PropertyTest()
        {
            if (Peek.Kind == PatternTokenKind.LeftParen)
            {
                _pos++;
                var inner = ComparisonOr();
                Expect(PatternTokenKind.RightParen, "')'");
                return inner;
            }
            if (IsKeyword("EXISTS"))
            {
                _pos++;
                return new ComparisonTest(Path(), "EXISTS", null);
            }
            var path = Path();
            var negated = false;
            if (IsKeyword("NOT"))
            {
                _pos++;
                negated = true;
            }
            var opToken = Next();
            var op = opToken.Kind switch
            {
                PatternTokenKind.Equal => "=",
                PatternTokenKind.NotEqual => "!=",
                PatternTokenKind.Less => "<",
                PatternTokenKind.LessOrEqual => "<=",
                PatternTokenKind.Greater => ">",
                PatternTokenKind.GreaterOrEqual => ">=",
                PatternTokenKind.Keyword when opToken.Text is "IN" or "LIKE" or "MATCHES" or "ISSUBSET" or "ISSUPERSET" => opToken.Text,
                _ => throw new PatternSyntaxException($"expected a comparison operator but found {Describe(opToken)}", opToken.Position),
            };
            PatternLiteral value;
            switch (op)
            {
                case "IN":
                    value = SetLiteral();
                    break;
                case "LIKE" or "MATCHES" or "ISSUBSET" or "ISSUPERSET":
                    value = new PatternLiteral(PatternLiteralKind.String, Expect(PatternTokenKind.StringLiteral, $"a string after {op}").Text);
                    break;
                default:
                    var position = Peek.Position;
                    value = Primitive();
                    if (op is "<" or "<=" or ">" or ">=" && value.Kind == PatternLiteralKind.Boolean)
                    {
                        throw new PatternSyntaxException($"{op} cannot compare with a boolean", position);
                    }
                    break;
            }
            return new ComparisonTest(path, op, value, negated);
        }

        private PatternLiteral SetLiteral()
        {
            Expect(PatternTokenKind.LeftParen, "'(' to start a set");
            var items = new List<PatternLiteral>();
            if (Peek.Kind != PatternTokenKind.RightParen)
            {
                items.Add(Primitive());
                while (Peek.Kind == PatternTokenKind.Comma)
                {
                    _pos++;
                    items.Add(Primitive());
                }
            }
            Expect(PatternTokenKind.RightParen, "')' to end the set");
            return new PatternLiteral(PatternLiteralKind.Set, "", items);
        }

        private PatternLiteral Primitive()
        {
            var t = Next();
            var kind = t.Kind switch
            {
                PatternTokenKind.StringLiteral => PatternLiteralKind.String,
                PatternTokenKind.IntLiteral => PatternLiteralKind.Integer,
                PatternTokenKind.FloatLiteral => PatternLiteralKind.Float,
                PatternTokenKind.BoolLiteral => PatternLiteralKind.Boolean,
                PatternTokenKind.TimestampLiteral => PatternLiteralKind.Timestamp,
                PatternTokenKind.BinaryLiteral => PatternLiteralKind.Binary,
                PatternTokenKind.HexLiteral => PatternLiteralKind.Hex,
                _ => throw new PatternSyntaxException($"expected a literal but found {Describe(t)}", t.Position),
            };
            return new PatternLiteral(kind, t.Text);
        }

        public ObjectPath Path()
        {
            var typeToken = Expect(PatternTokenKind.Identifier, "an object type");
            if (typeToken.Text.EndsWith('-') || typeToken.Text.Length < 3 && !typeToken.Text.StartsWith("x", StringComparison.Ordinal))
            {
                throw new PatternSyntaxException($"'{typeToken.Text}' is not an object type", typeToken.Position);
            }
            Expect(PatternTokenKind.Colon, "':' after the object type");
            var components = new List<string> { PropertyName("a property name") };
            while (true)
            {
                if (Peek.Kind == PatternTokenKind.Dot)
                {
                    _pos++;
                    components.Add(PropertyName("a property name after '.'"));
                }
                else if (Peek.Kind == PatternTokenKind.LeftBracket && IsIndexAhead())
                {
                    _pos++;
                    var index = Next();
                    components.Add("[" + index.Text);
                    Expect(PatternTokenKind.RightBracket, "']' after a list index");
                }
                else
                {
                    return new ObjectPath(typeToken.Text, components);
                }
            }
        }

        private bool IsIndexAhead() =>
            _pos + 2 < tokens.Count
            && tokens[_pos + 1].Kind is PatternTokenKind.IntLiteral or PatternTokenKind.Asterisk
            && tokens[_pos + 2].Kind == PatternTokenKind.RightBracket;

        private string PropertyName(string what)
        {
            var t = Next();
            if (t.Kind == PatternTokenKind.StringLiteral)
            {
                return t.Text;
            }
            if (t.Kind == PatternTokenKind.Identifier && !t.Text.Contains('-', StringComparison.Ordinal))
            {
                return t.Text;
            }
            throw new PatternSyntaxException($"expected {what} but found {Describe(t)}", t.Position);
        }

        private static void CheckSingleType(PatternExpression comparison, int position)
        {
            if (comparison is not ComparisonCompound compound)
            {
                return;
            }
            if (compound.Operator == "AND")
            {
                var types = new HashSet<string>(StringComparer.Ordinal);
                CollectTypes(compound, types);
                if (types.Count > 1)
                {
                    throw new PatternSyntaxException(
                        $"comparisons joined by AND in one observation must use one object type, found {string.Join(", ", types.Order(StringComparer.Ordinal))}",
                        position);
                }
                return;
            }
            CheckSingleType(compound.Left, position);
            CheckSingleType(compound.Right, position);
        }

        private static void CollectTypes(PatternExpression e, HashSet<string> types)
        {
            switch (e)
            {
                case ComparisonTest t:
                    types.Add(t.Path.ObjectType);
                    break;
                case ComparisonCompound c:
                    CollectTypes(c.Left, types);
                    CollectTypes(c.Right, types);
                    break;
            }
        }
    }
}
