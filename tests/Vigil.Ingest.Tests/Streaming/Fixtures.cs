using System.Text;
using Vigil.TestSupport;

namespace Vigil.Ingest.Tests.Streaming;

internal static class Fixtures
{
    public static Stream Open(string name) => File.OpenRead(RepoPaths.Fixture(Path.Combine("logs", name)));

    public static TextReader Text(string name) => new StreamReader(Open(name));

    public static Stream Bytes(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));
}
