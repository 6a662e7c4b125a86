using System.Xml;

namespace Vigil.Screening.Parsers;

/// <summary>
/// XmlReader settings for untrusted list files: DTDs prohibited (no XXE, no entity expansion bombs), no resolver,
/// a document size cap, comments and processing instructions ignored.
/// </summary>
public static class SafeXml
{
    /// <summary>Largest document accepted, in characters (the full OFAC SDN.XML is ~30 MB; 512 MB leaves room).</summary>
    public const long DefaultMaxCharacters = 512L * 1024 * 1024;

    public static XmlReaderSettings Settings(long maxCharacters = DefaultMaxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    public static int Line(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;

    /// <summary>Calls <paramref name="onChild"/> for each child element of the current element with a subtree reader
    /// positioned on that child; leaves <paramref name="reader"/> after the current element's end.</summary>
    public static void ReadChildren(XmlReader reader, Action<string, XmlReader> onChild)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var name = reader.LocalName;
                using (var sub = reader.ReadSubtree())
                {
                    sub.Read();
                    onChild(name, sub);
                }
                // Closing the subtree leaves the reader on the child's end tag (or on the empty element itself).
                reader.Read();
            }
            else
            {
                reader.Read();
            }
        }
        if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
        {
            reader.Read();
        }
    }

    /// <summary>Concatenated text of the current element and its descendants, trimmed. Unlike
    /// <c>ReadElementContentAsString</c> it tolerates stray child elements.</summary>
    public static string Text(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }
        var depth = reader.Depth;
        var sb = new System.Text.StringBuilder();
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                sb.Append(reader.Value);
            }
        }
        return sb.ToString().Trim();
    }
}
