using System.Buffers.Binary;
using System.IO.Compression;

namespace Vigil.Ingest.Synthetic;

/// <summary>
/// A minimal PNG encoder for 8-bit RGB: one IDAT chunk, "Sub" row filters, deflate from the runtime's zlib.
/// </summary>
/// <remarks>
/// About 10× faster than StbImageWriteSharp's managed deflate, which mattered: synth writes tens of thousands of
/// photos. Output is deterministic for a given .NET runtime (its bundled zlib); decoders see an ordinary PNG.
/// Spec: https://www.w3.org/TR/png-3/ (IHDR, IDAT, IEND; CRC-32 over type and data).
/// </remarks>
internal static class PngEncoder
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static byte[] Encode(byte[] rgb, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(rgb.Length, width * height * 3);
        var stride = width * 3;
        var raw = new byte[(stride + 1) * height];
        for (var y = 0; y < height; y++)
        {
            var o = y * (stride + 1);
            raw[o] = 1; // filter type Sub: each byte minus the byte one pixel to the left
            var row = y * stride;
            for (var x = 0; x < stride; x++)
            {
                raw[o + 1 + x] = (byte)(rgb[row + x] - (x >= 3 ? rgb[row + x - 3] : 0));
            }
        }
        byte[] compressed;
        using (var ms = new MemoryStream())
        {
            using (var z = new ZLibStream(ms, CompressionLevel.Optimal, leaveOpen: true))
            {
                z.Write(raw);
            }
            compressed = ms.ToArray();
        }
        using var png = new MemoryStream(compressed.Length + 64);
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Span<byte> ihdr = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr[4..], height);
        ihdr[8] = 8;  // bit depth
        ihdr[9] = 2;  // colour type: truecolour
        ihdr[10] = 0; // deflate
        ihdr[11] = 0; // adaptive filtering
        ihdr[12] = 0; // no interlace
        Chunk(png, "IHDR"u8, ihdr);
        Chunk(png, "IDAT"u8, compressed);
        Chunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        s.Write(word);
        s.Write(type);
        s.Write(data);
        var crc = Crc(Crc(0xFFFFFFFFu, type), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        s.Write(word);
    }

    private static uint Crc(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
