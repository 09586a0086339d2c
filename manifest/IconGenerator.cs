using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace NrwBot.Manifest;

/// <summary>
/// Draws NrwBot's Teams icons: a speech bubble holding three connected points – a conversation within a network
/// of local offices. Run with `dotnet run --project manifest -- icons`; the PNGs are committed.
/// </summary>
public static class IconGenerator
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;
    public const string ColorFile = "color.png";
    public const string OutlineFile = "outline.png";

    /// <summary>The petrol of the icon background; manifest.json's accentColor is the same colour.</summary>
    public static readonly Rgba32 Accent = Rgba32.ParseHex("0B6E7F");
    private static readonly Rgba32 White = new(255, 255, 255, 255);
    private static readonly Rgba32 Warm = Rgba32.ParseHex("F2A541");

    // Subsamples per pixel edge: 8×8 samples give smooth edges without a drawing library.
    private const int Samples = 8;

    public static void WriteIcons(string folder)
    {
        using (var color = DrawColor())
        {
            color.SaveAsPng(Path.Combine(folder, ColorFile), new PngEncoder { ColorType = PngColorType.Rgb, BitDepth = PngBitDepth.Bit8 });
        }

        using var outline = DrawOutline();
        outline.SaveAsPng(Path.Combine(folder, OutlineFile), new PngEncoder { ColorType = PngColorType.RgbWithAlpha, BitDepth = PngBitDepth.Bit8 });
    }

    /// <summary>192×192, full bleed: Teams masks the corners itself, and the symbol stays in the central 120×120.</summary>
    public static Image<Rgba32> DrawColor()
    {
        var bubble = Shape.RoundedRectangle(40, 44, 152, 128, 22)
            .Or(Shape.Triangle((58, 120), (90, 120), (50, 154)));
        var links = Shape.Line(70, 102, 96, 68, 6)
            .Or(Shape.Line(96, 68, 122, 102, 6), Shape.Line(70, 102, 122, 102, 6));
        var layers = new (Shape Shape, Rgba32 Color)[]
        {
            (bubble, White),
            (links, Accent),
            (Shape.Circle(70, 102, 11).Or(Shape.Circle(122, 102, 11)), Accent),
            (Shape.Circle(96, 68, 12), Warm),
        };
        return Paint(ColorSize, Accent, layers);
    }

    /// <summary>32×32, white on transparent: the same bubble as an outline with the three connected points inside.</summary>
    public static Image<Rgba32> DrawOutline()
    {
        var ring = Shape.RoundedRectangle(2, 3, 30, 24, 6).Except(Shape.RoundedRectangle(4.25, 5.25, 27.75, 21.75, 4));
        var tail = Shape.Triangle((7, 22), (14, 22), (5.5, 30));
        var network = Shape.Line(10.5, 17, 16, 10, 1.75)
            .Or(Shape.Line(16, 10, 21.5, 17, 1.75), Shape.Line(10.5, 17, 21.5, 17, 2),
                Shape.Circle(10.5, 17, 2.6), Shape.Circle(21.5, 17, 2.6), Shape.Circle(16, 10, 2.6));
        var symbol = ring.Or(tail, network);
        return Paint(OutlineSize, new Rgba32(255, 255, 255, 0), [(symbol, White)]);
    }

    private static Image<Rgba32> Paint(int size, Rgba32 background, IReadOnlyList<(Shape Shape, Rgba32 Color)> layers)
    {
        var image = new Image<Rgba32>(size, size);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                image[x, y] = PixelAt(x, y, background, layers);
            }
        }

        return image;
    }

    // Averages the topmost layer's colour over the subsamples. Colour channels are averaged weighted by alpha so
    // that edges over a transparent background stay pure white instead of darkening.
    private static Rgba32 PixelAt(int x, int y, Rgba32 background, IReadOnlyList<(Shape Shape, Rgba32 Color)> layers)
    {
        double r = 0, g = 0, b = 0, a = 0;
        for (var sy = 0; sy < Samples; sy++)
        {
            for (var sx = 0; sx < Samples; sx++)
            {
                var (px, py) = (x + (sx + 0.5) / Samples, y + (sy + 0.5) / Samples);
                var color = background;
                foreach (var layer in layers)
                {
                    if (layer.Shape.Contains(px, py))
                    {
                        color = layer.Color;
                    }
                }

                r += color.R * color.A;
                g += color.G * color.A;
                b += color.B * color.A;
                a += color.A;
            }
        }

        if (a == 0)
        {
            return background;
        }

        return new Rgba32(Channel(r / a), Channel(g / a), Channel(b / a), Channel(a / (Samples * Samples)));
    }

    private static byte Channel(double value) => (byte)Math.Clamp(Math.Round(value), 0, 255);
}
