using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace NrwBot.Manifest;

/// <summary>What Teams requires of the two icons beyond the schema (which only names the files).</summary>
public static class IconRules
{
    /// <summary>192×192 PNG, fully opaque: Teams asks for a full-bleed square and masks the corners itself.</summary>
    public static IReadOnlyList<string> CheckColor(string path) =>
        Check(path, IconGenerator.ColorSize, image =>
            FirstPixel(image, pixel => pixel.A != 255) is { } bad ? PackagerTexts.ColorNotOpaque(Path.GetFileName(path), bad.X, bad.Y) : null);

    /// <summary>32×32 PNG, white on transparent, with something to see.</summary>
    public static IReadOnlyList<string> CheckOutline(string path) =>
        Check(path, IconGenerator.OutlineSize, image =>
            FirstPixel(image, pixel => !IsWhiteOrClear(pixel)) is { } bad ? PackagerTexts.OutlineNotWhite(Path.GetFileName(path), bad.X, bad.Y)
            : FirstPixel(image, pixel => pixel.A > 0) is null ? PackagerTexts.OutlineEmpty(Path.GetFileName(path))
            : null);

    /// <summary>Teams draws the outline icon in its own colour: only white (at any opacity) or fully clear pixels.</summary>
    public static bool IsWhiteOrClear(Rgba32 pixel) => pixel.A == 0 || (pixel.R == 255 && pixel.G == 255 && pixel.B == 255);

    private static IReadOnlyList<string> Check(string path, int size, Func<Image<Rgba32>, string?> findProblem)
    {
        var file = Path.GetFileName(path);
        Image<Rgba32> image;
        try
        {
            image = Image.Load<Rgba32>(path, out var format);
            if (format.Name != "PNG")
            {
                image.Dispose();
                return [PackagerTexts.IconNotPng(file)];
            }
        }
        catch (ImageFormatException)
        {
            return [PackagerTexts.IconNotPng(file)];
        }

        using (image)
        {
            if (image.Width != size || image.Height != size)
            {
                return [PackagerTexts.IconSize(file, size, image.Width, image.Height)];
            }

            return findProblem(image) is { } problem ? [problem] : [];
        }
    }

    private static Point? FirstPixel(Image<Rgba32> image, Func<Rgba32, bool> predicate)
    {
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                if (predicate(image[x, y]))
                {
                    return new Point(x, y);
                }
            }
        }

        return null;
    }
}
