namespace Vigil.Screening.Lists;

/// <summary>One problem found while reading a list file. The record it concerns is skipped or kept partially;
/// the rest of the file is still read.</summary>
/// <param name="File">File name (not the full path, so messages stay short).</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Field">Column or XML element the problem is in, when known.</param>
/// <param name="Message">What is wrong, in words an operator can act on.</param>
public sealed record ParseError(string File, int Line, string? Field, string Message)
{
    public override string ToString() =>
        Field is null ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Field}: {Message}";
}
