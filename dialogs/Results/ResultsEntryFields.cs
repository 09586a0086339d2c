using System.Globalization;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// The inputs of each step of the step-by-step entry and their checks: what a user could not type is refused the same
/// way when a card sends it (a forged or outdated card included).
/// </summary>
public sealed class ResultsEntryFields(PlaceFinder places)
{
    public const string TitleField = "title";
    public const string DateField = "date";
    public const string PlaceField = "place";
    public const string SectionTitleField = "question";
    public const string BulletsField = "bullets";
    public const string OfficeField = "office";

    public const int MaxTitleLength = 200;
    public const int MaxBulletsPerStep = 100;

    private static readonly string[] DateFormats = ["d.M.yyyy", "dd.MM.yyyy", "yyyy-MM-dd"];

    public IReadOnlyList<FormField> For(ResultsEntryStep step) => step switch
    {
        ResultsEntryStep.Meeting =>
        [
            new(TitleField, ResultsTexts.EntryTitleLabel.German, ResultsTexts.EntryTitlePrompt.German, FormInputKind.Text, CheckTitle),
            new(DateField, ResultsTexts.EntryDateLabel.German, ResultsTexts.EntryDatePrompt.German, FormInputKind.Text, CheckDate) { Placeholder = "12.07.2007" },
            new(PlaceField, ResultsTexts.EntryPlaceLabel.German, ResultsTexts.EntryPlacePrompt.German, FormInputKind.Text, CheckTitle) { Required = false },
        ],
        ResultsEntryStep.Section =>
        [
            new(SectionTitleField, ResultsTexts.EntrySectionLabel.German, ResultsTexts.EntrySectionPrompt.German, FormInputKind.Text, CheckSection),
        ],
        ResultsEntryStep.Items =>
        [
            new(BulletsField, ResultsTexts.EntryBulletsLabel.German, ResultsTexts.EntryBulletsPrompt.German, FormInputKind.MultilineText, CheckBullets),
            new(OfficeField, ResultsTexts.EntryOfficeLabel.German, ResultsTexts.EntryOfficePrompt.German, FormInputKind.Text, CheckOffice) { Required = false },
        ],
        _ => [],
    };

    /// <summary>„12.07.2007“, „2007-07-12“ or „12. Juli 2007“.</summary>
    public static DateOnly? ReadDate(string text)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        return DateOnly.TryParseExact(trimmed, ["d. MMMM yyyy", "d.MMMM yyyy"], CultureInfo.GetCultureInfo("de-DE"), DateTimeStyles.None, out date) ? date : null;
    }

    private static FieldCheck CheckTitle(string value) =>
        ProtocolWriter.OneLine(value) is { Length: > 0 and <= MaxTitleLength } line ? FieldCheck.Valid(line) : FieldCheck.Invalid(ResultsTexts.EntryTooLong.Format(MaxTitleLength));

    private static FieldCheck CheckDate(string value) =>
        ReadDate(value) is { } date ? FieldCheck.Valid(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : FieldCheck.Invalid(ResultsTexts.EntryDateInvalid.German);

    /// <summary>A question starts with a letter or a quotation mark, as the parser expects after its number.</summary>
    private static FieldCheck CheckSection(string value)
    {
        var line = ProtocolWriter.OneLine(value);
        if (line.Length > ResultsParser.MaxItemLength - 5) return FieldCheck.Invalid(ResultsTexts.EntryTooLong.Format(ResultsParser.MaxItemLength - 5));
        return line.Length > 0 && (char.IsLetter(line[0]) || line[0] is '„' or '"') ? FieldCheck.Valid(line) : FieldCheck.Invalid(ResultsTexts.EntrySectionInvalid.German);
    }

    private static FieldCheck CheckBullets(string value)
    {
        var bullets = ProtocolWriter.Bullets(value);
        if (bullets.Count == 0) return FieldCheck.Invalid(FlowTexts.RequiredMissing.German);
        if (bullets.Count > MaxBulletsPerStep) return FieldCheck.Invalid(ResultsTexts.EntryTooManyBullets.Format(MaxBulletsPerStep));
        if (bullets.Any(bullet => bullet.Length > ResultsParser.MaxItemLength - 2)) return FieldCheck.Invalid(ResultsTexts.EntryTooLong.Format(ResultsParser.MaxItemLength - 2));
        return FieldCheck.Valid(string.Join("\n", bullets));
    }

    /// <summary>The office of a sub-list must be a place the gazetteer knows, written as its name (so the parser attributes it).</summary>
    private FieldCheck CheckOffice(string value) =>
        places.ResolveExactName(ProtocolWriter.OneLine(value))?.Place?.Name is { } name ? FieldCheck.Valid(name) : FieldCheck.Invalid(ResultsTexts.EntryOfficeUnknown.German);
}
