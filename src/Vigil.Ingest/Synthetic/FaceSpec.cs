namespace Vigil.Ingest.Synthetic;

/// <summary>The parameters of one procedural face; all values come from the seeded generator.</summary>
internal sealed record FaceSpec(
    int Background, int Skin, int Hair, int Shirt, int HairStyle,
    double FaceWidth, double FaceHeight, double EyeSpacing, double EyeY, double EyeSize,
    double MouthWidth, double MouthY, bool Glasses, double NoseLength)
{
    private static readonly int[] Skins = [0xF1C27D, 0xE0AC69, 0xC68642, 0x8D5524, 0xFFDBAC, 0xD2A679, 0xA0522D, 0xF5CBA7];
    private static readonly int[] Hairs = [0x090806, 0x2C222B, 0x71635A, 0xB7A69E, 0xD6C4C2, 0x977961, 0xA56B46, 0x4E433F, 0xE6CEA8, 0x3B3024];

    public static FaceSpec Random(SynthRandom rng) => new(
        Background: 0x404040 + rng.Next(0xBFBFBF),
        Skin: rng.Pick(Skins),
        Hair: rng.Pick(Hairs),
        Shirt: rng.Next(0xFFFFFF),
        HairStyle: rng.Next(4),
        FaceWidth: 0.26 + rng.NextDouble() * 0.08,
        FaceHeight: 0.32 + rng.NextDouble() * 0.08,
        EyeSpacing: 0.09 + rng.NextDouble() * 0.05,
        EyeY: 0.40 + rng.NextDouble() * 0.06,
        EyeSize: 0.025 + rng.NextDouble() * 0.02,
        MouthWidth: 0.07 + rng.NextDouble() * 0.07,
        MouthY: 0.62 + rng.NextDouble() * 0.06,
        Glasses: rng.Chance(0.25),
        NoseLength: 0.05 + rng.NextDouble() * 0.05);
}
