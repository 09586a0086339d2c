using System.Globalization;

namespace NrwBot.Dialogs.Requests.Intake;

/// <summary>The checked values of the intake form, typed.</summary>
public sealed record IntakeDraft(string CategoryId, string Description, string Region, Urgency Urgency, DateOnly? PreferredDate, bool Consent, bool Confidential = false)
{
    public const string CategoryField = "category";
    public const string DescriptionField = "description";
    public const string RegionField = "region";
    public const string UrgencyField = "urgency";
    public const string DateField = "date";
    public const string ConsentField = "consent";
    public const string ConfidentialField = "confidential";
    public const string NormalValue = "normal";
    public const string UrgentValue = "dringend";

    public static IntakeDraft Read(IReadOnlyDictionary<string, string> values) => new(
        values[CategoryField],
        values[DescriptionField],
        values[RegionField],
        values.GetValueOrDefault(UrgencyField) == UrgentValue ? Urgency.Urgent : Urgency.Normal,
        DateOnly.TryParseExact(values.GetValueOrDefault(DateField), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
        values.GetValueOrDefault(ConsentField) == "true",
        values.GetValueOrDefault(ConfidentialField) == "true");

    public static string ValueOf(Urgency urgency) => urgency == Urgency.Urgent ? UrgentValue : NormalValue;
}
