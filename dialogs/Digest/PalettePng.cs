using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// Re-encodes the chart as an indexed PNG with a small fixed palette: shades from white to the ink colours the chart
/// uses (black text and axes, the blue of the bars). A chart is drawn in few colours plus their anti-aliased blends,
/// so 24 shades look the same to the eye, while the file shrinks to about a third (a true-colour PNG of eleven bars
/// is about 40 KB, more than a Teams message may carry as a whole).
/// </summary>
internal static class PalettePng
{
    private const int Shades = 16;
    private static readonly SKColor[] Palette = BuildPalette();
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static SKColor Ink { get; } = new(0x1F, 0x6F, 0xB2);

    public static byte[] Compact(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var width = bitmap.Width;
        var height = bitmap.Height;
        var pixels = bitmap.Pixels;
        var rows = new byte[height * (width + 1)];
        var cache = new Dictionary<SKColor, byte>();
        for (var y = 0; y < height; y++)
        {
            rows[y * (width + 1)] = 0; // filter: none; zlib does the rest on runs of the same index
            for (var x = 0; x < width; x++)
            {
                var color = pixels[y * width + x];
                if (!cache.TryGetValue(color, out var index)) cache[color] = index = Nearest(color);
                rows[y * (width + 1) + 1 + x] = index;
            }
        }
        return Encode(width, height, rows);
    }

    private static byte[] Encode(int width, int height, byte[] rows)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per index
        header[9] = 3; // colour type: palette
        Chunk(output, "IHDR", header);
        Chunk(output, "PLTE", Palette.SelectMany(color => new[] { color.Red, color.Green, color.Blue }).ToArray());
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(rows);
            Chunk(output, "IDAT", compressed.ToArray());
        }
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc(typeBytes, data));
        output.Write(number);
    }

    private static byte Nearest(SKColor color)
    {
        // Transparent pixels are drawn over white by every viewer of the chart.
        var alpha = color.Alpha / 255.0;
        double red = color.Red * alpha + 255 * (1 - alpha), green = color.Green * alpha + 255 * (1 - alpha), blue = color.Blue * alpha + 255 * (1 - alpha);
        var best = 0;
        var bestDistance = double.MaxValue;
        for (var index = 0; index < Palette.Length; index++)
        {
            var candidate = Palette[index];
            var distance = Math.Pow(candidate.Red - red, 2) + Math.Pow(candidate.Green - green, 2) + Math.Pow(candidate.Blue - blue, 2);
            if (distance < bestDistance) (best, bestDistance) = (index, distance);
        }
        return (byte)best;
    }

    // White to black in 16 shades, white to the bar blue in 8, the bar blue to black in 4.
    private static SKColor[] BuildPalette()
    {
        var white = new SKColor(255, 255, 255);
        var black = new SKColor(0, 0, 0);
        var blue = new SKColor(0x1F, 0x6F, 0xB2);
        return Ramp(white, black, Shades).Concat(Ramp(white, blue, 8).Skip(1)).Concat(Ramp(blue, black, 5).Skip(1).SkipLast(1)).Distinct().ToArray();
    }

    private static IEnumerable<SKColor> Ramp(SKColor from, SKColor to, int steps) =>
        Enumerable.Range(0, steps).Select(step => new SKColor(
            (byte)Math.Round(from.Red + (to.Red - from.Red) * step / (double)(steps - 1)),
            (byte)Math.Round(from.Green + (to.Green - from.Green) * step / (double)(steps - 1)),
            (byte)Math.Round(from.Blue + (to.Blue - from.Blue) * step / (double)(steps - 1))));

    private static uint Crc(byte[] type, byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in type.Concat(data)) crc = CrcTable[(crc ^ value) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
