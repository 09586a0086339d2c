using NrwBot.Manifest;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace NrwBot.Tests.Manifest;

public class IconTests
{
    private static string ColorPath => Path.Combine(ManifestSources.Folder, IconGenerator.ColorFile);
    private static string OutlinePath => Path.Combine(ManifestSources.Folder, IconGenerator.OutlineFile);

    [Fact]
    public void Manifest_names_the_committed_icons()
    {
        var icons = ManifestSources.FilledManifest()["icons"]!;

        Assert.Equal(IconGenerator.ColorFile, (string)icons["color"]!);
        Assert.Equal(IconGenerator.OutlineFile, (string)icons["outline"]!);
    }

    [Fact]
    public void Color_icon_is_a_fully_opaque_192_pixel_png()
    {
        Assert.Equal("PNG", Image.DetectFormat(ColorPath)!.Name);
        using var image = Image.Load<Rgba32>(ColorPath);

        Assert.Equal((192, 192), (image.Width, image.Height));
        Assert.All(Pixels(image), pixel => Assert.Equal(255, pixel.Pixel.A));
    }

    [Fact]
    public void Color_icon_keeps_its_symbol_inside_the_central_120_pixel_safe_area()
    {
        using var image = Image.Load<Rgba32>(ColorPath);
        var background = image[0, 0];
        var outside = Pixels(image).Where(p => p.X < 36 || p.X >= 156 || p.Y < 36 || p.Y >= 156).ToList();
        var inside = Pixels(image).Where(p => p.X is >= 36 and < 156 && p.Y is >= 36 and < 156).ToList();

        Assert.All(outside, p => Assert.Equal(background, p.Pixel));
        Assert.Contains(inside, p => p.Pixel != background);
    }

    [Fact]
    public void Accent_color_is_the_color_icons_background()
    {
        using var image = Image.Load<Rgba32>(ColorPath);
        var accent = (string)ManifestSources.FilledManifest()["accentColor"]!;

        Assert.Equal(accent.TrimStart('#').ToUpperInvariant(), image[0, 0].ToHex()[..6]);
    }

    [Fact]
    public void Outline_icon_is_a_32_pixel_png_of_white_on_transparent()
    {
        Assert.Equal("PNG", Image.DetectFormat(OutlinePath)!.Name);
        using var image = Image.Load<Rgba32>(OutlinePath);

        Assert.Equal((32, 32), (image.Width, image.Height));
        Assert.All(Pixels(image), p => Assert.True(p.Pixel.A == 0 || p.Pixel is { R: 255, G: 255, B: 255 }, $"pixel ({p.X},{p.Y}) is {p.Pixel}"));
        Assert.Contains(Pixels(image), p => p.Pixel.A == 255);
        Assert.Contains(Pixels(image), p => p.Pixel.A == 0);
    }

    [Fact]
    public void Committed_icons_are_what_the_generator_draws()
    {
        using var color = IconGenerator.DrawColor();
        using var outline = IconGenerator.DrawOutline();
        using var committedColor = Image.Load<Rgba32>(ColorPath);
        using var committedOutline = Image.Load<Rgba32>(OutlinePath);

        Assert.Equal(Pixels(color).Select(p => p.Pixel), Pixels(committedColor).Select(p => p.Pixel));
        Assert.Equal(Pixels(outline).Select(p => Visible(p.Pixel)), Pixels(committedOutline).Select(p => Visible(p.Pixel)));
    }

    [Fact]
    public void Icon_rules_accept_the_committed_icons()
    {
        Assert.Empty(IconRules.CheckColor(ColorPath));
        Assert.Empty(IconRules.CheckOutline(OutlinePath));
    }

    [Fact]
    public void Icon_rules_reject_a_wrong_size()
    {
        using var folder = TempFolder.Empty();
        Save(new Image<Rgba32>(64, 64, new Rgba32(255, 255, 255, 255)), folder.File("outline.png"));
        Save(new Image<Rgba32>(200, 192, new Rgba32(0, 0, 0, 255)), folder.File("color.png"));

        Assert.Contains("32×32", Assert.Single(IconRules.CheckOutline(folder.File("outline.png"))), StringComparison.Ordinal);
        Assert.Contains("192×192", Assert.Single(IconRules.CheckColor(folder.File("color.png"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Icon_rules_reject_a_coloured_pixel_in_the_outline()
    {
        using var folder = TempFolder.Empty();
        var image = new Image<Rgba32>(32, 32, new Rgba32(255, 255, 255, 0));
        image[5, 7] = new Rgba32(250, 250, 250, 255);
        Save(image, folder.File("outline.png"));

        Assert.Contains("(5,7)", Assert.Single(IconRules.CheckOutline(folder.File("outline.png"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Icon_rules_reject_an_empty_outline_and_a_translucent_color_icon()
    {
        using var folder = TempFolder.Empty();
        Save(new Image<Rgba32>(32, 32, new Rgba32(255, 255, 255, 0)), folder.File("outline.png"));
        var color = new Image<Rgba32>(192, 192, new Rgba32(11, 110, 127, 255));
        color[191, 0] = new Rgba32(11, 110, 127, 128);
        Save(color, folder.File("color.png"));

        Assert.Single(IconRules.CheckOutline(folder.File("outline.png")));
        Assert.Contains("(191,0)", Assert.Single(IconRules.CheckColor(folder.File("color.png"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Icon_rules_reject_a_file_that_is_not_a_png()
    {
        using var folder = TempFolder.Empty();
        File.WriteAllText(folder.File("color.png"), "not an image");
        using (var jpeg = new Image<Rgba32>(32, 32, new Rgba32(255, 255, 255, 255)))
        {
            jpeg.SaveAsJpeg(folder.File("outline.png"));
        }

        Assert.Contains("PNG", Assert.Single(IconRules.CheckColor(folder.File("color.png"))), StringComparison.Ordinal);
        Assert.Contains("PNG", Assert.Single(IconRules.CheckOutline(folder.File("outline.png"))), StringComparison.Ordinal);
    }

    // Fully transparent pixels may carry any colour; compare what is seen.
    private static Rgba32 Visible(Rgba32 pixel) => pixel.A == 0 ? default : pixel;

    private static void Save(Image<Rgba32> image, string path)
    {
        using (image)
        {
            image.SaveAsPng(path);
        }
    }

    private static IEnumerable<(int X, int Y, Rgba32 Pixel)> Pixels(Image<Rgba32> image)
    {
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                yield return (x, y, image[x, y]);
            }
        }
    }
}
