namespace Vigil.Sharing.Stix.Patterns;

/// <summary>Lexical tokens of the STIX 2.1 patterning grammar (§9, STIXPattern.g4).</summary>
public enum PatternTokenKind
{
    End,
    Identifier,
    StringLiteral,
    IntLiteral,
    FloatLiteral,
    BoolLiteral,
    TimestampLiteral,
    BinaryLiteral,
    HexLiteral,
    LeftBracket,
    RightBracket,
    LeftParen,
    RightParen,
    Colon,
    Dot,
    Comma,
    Asterisk,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Keyword,
}
