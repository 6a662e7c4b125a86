using System.Text;

namespace Vigil.Screening.Parsers;

/// <summary>Opens list text files. OFAC has published both Windows-1252/Latin-1 and UTF-8 over the years, so the
/// encoding is sniffed: valid UTF-8 (or a BOM) is read as UTF-8, anything else as Latin-1, never lossy-replaced.</summary>
public static class TextFiles
{
    public static StreamReader Open(string path)
    {
        var encoding = LooksUtf8(path) ? (Encoding)new UTF8Encoding(false) : Encoding.Latin1;
        return new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    private static bool LooksUtf8(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 16];
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var chars = new char[buffer.Length + 4];
        int read;
        try
        {
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                strict.GetChars(buffer, 0, read, chars, 0, flush: false);
            }
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
