namespace Vigil.Sharing.Stix.Objects;

/// <summary>STIX note (§4.13): analyst context attached to other objects.</summary>
public sealed class Note : StixObject
{
    public Note()
        : base(StixTypes.Note)
    {
    }

    public string? Abstract { get; set; }

    public string Content { get; set; } = "";

    public List<string>? Authors { get; set; }

    public List<string> ObjectRefs { get; set; } = [];
}
