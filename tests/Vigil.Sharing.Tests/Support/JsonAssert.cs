using System.Text.Json.Nodes;
using AwesomeAssertions;

namespace Vigil.Sharing.Tests.Support;

/// <summary>Semantic JSON equality (member order ignored, numbers compared as written).</summary>
public static class JsonAssert
{
    public static void Equivalent(string expected, string actual)
    {
        var e = JsonNode.Parse(expected);
        var a = JsonNode.Parse(actual);
        JsonNode.DeepEquals(e, a).Should().BeTrue($"expected\n{expected}\nbut got\n{actual}");
    }
}
