namespace Vigil.Ingest.Common;

/// <summary>Error texts shared by the file readers, in one place so tests assert on these, not on copies.</summary>
public static class IngestErrorMessages
{
    public static string LineTooLong(int max) => $"line is longer than {max} characters; skipped";
    public static string RecordTooLong(int max) => $"record is longer than {max} characters; skipped";
    public static string FieldTooLong(int max) => $"value is longer than {max} characters";
    public const string UnterminatedQuote = "quoted field is not closed before the end of the file";
    public const string CharacterAfterQuote = "unexpected character after a closing quote (quotes inside a field must be doubled)";
    public const string NotAnObject = "line is not a JSON object";
    public static string InvalidJson(string detail) => $"invalid JSON: {detail}";
    public const string Required = "is required";
    public static string WrongType(string expected) => $"expected {expected}";
    public static string InvalidDate(string value) => $"'{Shorten(value)}' is not an ISO 8601 date (yyyy-MM-dd)";
    public static string InvalidTimestamp(string value) => $"'{Shorten(value)}' is not an ISO 8601 timestamp with an offset";
    public static string InvalidNumber(string value) => $"'{Shorten(value)}' is not a whole number";
    public static string InvalidEnum(string value, string allowed) => $"'{Shorten(value)}' is not one of {allowed}";
    public static string InvalidPair(string value, string shape) => $"'{Shorten(value)}' is not of the form {shape}";
    public static string ColumnCount(int expected, int actual) => $"has {actual} fields but the header has {expected}";
    public static string MissingHeader(string column) => $"header lacks the required column '{column}'";
    public static string DuplicateHeader(string column) => $"header repeats the column '{column}'";
    public const string EmptyFile = "file is empty (no header)";
    public const string InvalidText = "contains control characters or unpaired surrogates";

    /// <summary>Quoted values are cut so that an error message never echoes a huge field.</summary>
    public static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
