using Vigil.Core.Linking;

namespace Vigil.Ingest.Photos;

/// <summary>A decoded photo or the reason it could not be decoded, with the file it came from.</summary>
public sealed record PhotoDecodeResult(string Source, GrayImage? Image, string? Error)
{
    public bool Succeeded => Image is not null;

    public static PhotoDecodeResult Success(string source, GrayImage image) => new(source, image, null);

    public static PhotoDecodeResult Failure(string source, string error) => new(source, null, error);
}
