using System.Reflection;
using System.Text.RegularExpressions;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Texts;

/// <summary>
/// One localisation scheme: every feature's <c>…Texts</c> class holds its sentences as <see cref="Text"/> values
/// (or methods building them), never as plain strings, and every text has its German form.
/// </summary>
public sealed partial class TextsSchemeTests
{
    private static readonly Assembly[] Assemblies = [typeof(Text).Assembly, typeof(NrwBot.Host.Proactive.HostPrivacyTexts).Assembly];

    public static IEnumerable<Type> TextsClasses() => Assemblies
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => type.IsClass && type.Name.EndsWith("Texts", StringComparison.Ordinal) && !type.IsNested);

    private static IEnumerable<(string Name, Text Text)> TextFields(Type type) => type
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(Text))
        .Select(field => ($"{type.Name}.{field.Name}", (Text)field.GetValue(null)!));

    [Fact]
    public void The_texts_classes_are_found()
    {
        var names = TextsClasses().Select(type => type.Name).ToList();
        Assert.Contains("RequestsTexts", names);
        Assert.Contains("FlowTexts", names);
        Assert.Contains("ClassifyTexts", names);
        Assert.True(names.Count >= 15, string.Join(", ", names));
    }

    [Fact]
    public void No_texts_class_keeps_a_sentence_as_a_plain_string()
    {
        var plain = TextsClasses()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.FieldType == typeof(string))
                .Select(field => $"{type.Name}.{field.Name}")
                .Concat(type.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance).Where(property => property.PropertyType == typeof(string))
                    .Select(property => $"{type.Name}.{property.Name}")))
            .ToList();

        Assert.True(plain.Count == 0, "Plain strings in texts classes (make them Text): " + string.Join(", ", plain));
    }

    [Fact]
    public void Every_text_has_its_German_form_and_an_English_form_with_the_same_placeholders()
    {
        var texts = TextsClasses().SelectMany(TextFields).ToList();
        Assert.True(texts.Count > 300, $"only {texts.Count} texts found");

        var problems = texts
            .Where(entry => string.IsNullOrWhiteSpace(entry.Text.German)
                || entry.Text.English is { } english && (english.Trim().Length == 0 || !Placeholders(english).SetEquals(Placeholders(entry.Text.German))))
            .Select(entry => entry.Name)
            .ToList();

        Assert.True(problems.Count == 0, "Texts without German, or English with other placeholders: " + string.Join(", ", problems));
    }

    [Fact]
    public void Every_text_formats_with_as_many_arguments_as_it_has_placeholders()
    {
        foreach (var (name, text) in TextsClasses().SelectMany(TextFields))
        {
            var count = Placeholders(text.German).Select(placeholder => placeholder + 1).DefaultIfEmpty(0).Max();
            var args = Enumerable.Range(0, count).Select(_ => (object)1).ToArray();
            var exception = Record.Exception(() => { text.Format(false, args); text.Format(true, args); });
            Assert.True(exception is null, $"{name}: {exception?.Message}");
        }
    }

    [Fact]
    public void TextAssert_matches_a_text_with_its_placeholders_filled_and_nothing_else()
    {
        var text = new Text("Anfrage **{0}** ist am {1:dd.MM.yyyy} eingegangen {{roh}}.", "Request **{0}** arrived on {1:d} {{raw}}.");

        TextAssert.Equal(text, "Anfrage **#12** ist am 01.02.2027 eingegangen {roh}.");
        TextAssert.Equal(text, "Request **#12** arrived on 1 Feb {raw}.", english: true);
        TextAssert.Contains(text, "Danke! Anfrage **#3** ist am heute eingegangen {roh}. Mehr nicht.");
        Assert.False(TextAssert.IsIn(text, "Anfrage **#12** ist eingegangen {roh}."));
        Assert.DoesNotMatch(TextAssert.Pattern(text, whole: true), "Vorher: Anfrage **#12** ist am 01.02.2027 eingegangen {roh}.");
        Assert.ThrowsAny<Exception>(() => TextAssert.Equal(text, "Anfrage **#12** ist am 01.02.2027 eingegangen."));
    }

    private static HashSet<int> Placeholders(string format) =>
        Placeholder().Matches(format.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal))
            .Select(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
