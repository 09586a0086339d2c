using System.Globalization;
using NrwBot.Dialogs.Language;
using Xunit.Abstractions;

namespace NrwBot.Tests.Language;

public class RedactionSetTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<RedactionSetEntry> Set = RedactionSetEntry.Load();

    [Fact]
    public void Set_is_large_enough()
    {
        Assert.True(Set.Count(entry => entry.Pii.Count > 0) >= 40);
        Assert.True(Set.Count(entry => entry.Pii.Count == 0) >= 20);
    }

    [Fact]
    public void No_personal_data_is_left_in_the_texts_that_have_some()
    {
        var items = 0;
        var rightCategory = 0;
        var leaks = new List<string>();
        foreach (var entry in Set.Where(entry => entry.Pii.Count > 0))
        {
            var found = PiiRecognizer.Recognize(entry.Text);
            var redacted = PiiRedactor.Redact(entry.Text, found);
            foreach (var expected in entry.Pii)
            {
                items++;
                var offset = entry.Text.IndexOf(expected.Text, StringComparison.Ordinal);
                var covering = found.FirstOrDefault(entity => entity.Offset <= offset && entity.End >= offset + expected.Text.Length);
                if (covering is null || redacted.Contains(expected.Text, StringComparison.Ordinal)) leaks.Add($"{expected.Category} '{expected.Text}' in: {entry.Text} => {redacted}");
                else if (covering.Category == expected.Category) rightCategory++;
            }
        }

        output.WriteLine($"Personal data removed: {items - leaks.Count}/{items} items; category right for {rightCategory}/{items}");
        leaks.ForEach(output.WriteLine);
        Assert.Empty(leaks);
    }

    [Fact]
    public void Nothing_is_redacted_in_clean_texts()
    {
        var clean = Set.Where(entry => entry.Pii.Count == 0).ToList();
        var redactedAnyway = clean
            .Select(entry => (entry.Text, Found: PiiRecognizer.Recognize(entry.Text)))
            .Where(result => result.Found.Count > 0)
            .Select(result => $"{result.Text} => {string.Join(", ", result.Found.Select(entity => $"{entity.Category} '{entity.Text}'"))}")
            .ToList();

        output.WriteLine($"Clean texts left untouched: {clean.Count - redactedAnyway.Count}/{clean.Count}");
        redactedAnyway.ForEach(output.WriteLine);
        Assert.Empty(redactedAnyway);
    }

    [Fact]
    public void Over_redaction_in_texts_with_personal_data_is_small()
    {
        var extra = 0;
        var total = 0;
        foreach (var entry in Set.Where(entry => entry.Pii.Count > 0))
        {
            var expectedCharacters = new bool[entry.Text.Length];
            foreach (var expected in entry.Pii)
            {
                var offset = entry.Text.IndexOf(expected.Text, StringComparison.Ordinal);
                for (var index = offset; index < offset + expected.Text.Length; index++) expectedCharacters[index] = true;
            }
            foreach (var entity in PiiRecognizer.Recognize(entry.Text))
            {
                for (var index = entity.Offset; index < entity.End; index++) if (!expectedCharacters[index]) extra++;
                total += entity.Length;
            }
        }

        output.WriteLine($"Characters redacted beyond the expected personal data: {extra} of {total} ({((double)extra / total).ToString("P1", CultureInfo.InvariantCulture)})");
        Assert.True(extra <= total / 20, $"{extra} of {total} redacted characters were not personal data");
    }

    [Fact]
    public void Redacted_text_names_the_kind_of_data_removed()
    {
        const string text = "Frau Müller, anna.mueller@kreis-dueren.de, Tel. 02421 22-1234, Musterstraße 12, 52349 Düren, IBAN DE89 3704 0044 0532 0130 00";

        var redacted = PiiRedactor.Redact(text, PiiRecognizer.Recognize(text));

        Assert.Equal("Frau [Name], [E-Mail], Tel. [Telefon], [Adresse], IBAN [IBAN]", redacted);
    }
}
