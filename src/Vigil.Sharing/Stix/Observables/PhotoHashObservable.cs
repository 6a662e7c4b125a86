namespace Vigil.Sharing.Stix.Observables;

/// <summary>Vigil custom SCO <c>x-vigil-photo-hash</c>: a perceptual hash of a profile photo; id from <c>algorithm</c> and <c>hash</c>.</summary>
public sealed class PhotoHashObservable : StixObservable
{
    public PhotoHashObservable()
        : base(StixTypes.PhotoHash)
    {
    }

    /// <summary>pdq, dhash...</summary>
    public string Algorithm { get; set; } = "";

    /// <summary>Lower-case hex.</summary>
    public string Hash { get; set; } = "";

    protected override IEnumerable<KeyValuePair<string, object?>> IdContributingProperties() => [P("algorithm", Algorithm), P("hash", Hash)];
}
