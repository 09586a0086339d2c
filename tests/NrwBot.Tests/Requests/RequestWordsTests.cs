using System.Text.RegularExpressions;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.Intake;

namespace NrwBot.Tests.Requests;

/// <summary>The small readers of the feature: need statements, urgency words, dates, request numbers.</summary>
public sealed class RequestWordsTests
{
    [Theory]
    [InlineData("Ich brauche Unterstützung bei der Bestandsanalyse", true)]
    [InlineData("Wir benötigen dringend Unterstützung für die Demokratiekonferenz", true)]
    [InlineData("brauche Hilfe bei der Abrechnung", true)]
    [InlineData("Ich bräuchte Unterstuetzung bei der Pressearbeit", true)]
    [InlineData("I need support with our action plan", true)]
    [InlineData("Ich brauche Hilfe", false)]
    [InlineData("Wer bietet Unterstützung bei Vernetzung an?", false)]
    [InlineData("Unterstützung", false)]
    public void Need_statements_are_recognised_but_not_the_help_command_or_questions(string text, bool isNeed) =>
        Assert.Equal(isNeed, Regex.IsMatch(text, IntakePatterns.NeedStatement, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    [Theory]
    [InlineData("Das ist dringend", Urgency.Urgent)]
    [InlineData("Wir brauchen es bis Freitag", Urgency.Urgent)]
    [InlineData("kurzfristige Hilfe", Urgency.Urgent)]
    [InlineData("asap please", Urgency.Urgent)]
    [InlineData("Fortbildung im nächsten Jahr", Urgency.Normal)]
    public void Urgency_is_read_from_the_users_words(string text, Urgency expected) => Assert.Equal(expected, UrgencyWords.Detect(text));

    [Theory]
    [InlineData("15.12.2026", "2026-12-15")]
    [InlineData("2026-12-15", "2026-12-15")]
    [InlineData("3.1.27", "2027-01-03")]
    [InlineData("15.12.", "2026-12-15")]
    [InlineData("1.3.", "2027-03-01")]
    [InlineData("nächste Woche", null)]
    public void Dates_are_read_as_Germans_write_them(string text, string? expected) =>
        Assert.Equal(expected, DateAnswer.Parse(text, new DateOnly(2026, 11, 24)) is { } date ? DateAnswer.Format(date) : null);

    [Theory]
    [InlineData("UB-2026-0042", 2026, 42)]
    [InlineData("ub-2027-7", 2027, 7)]
    public void Request_numbers_parse_and_print_with_four_digits(string text, int year, int sequence)
    {
        Assert.True(RequestNumber.TryParse(text, out var number));
        Assert.Equal(new RequestNumber(year, sequence), number);
        Assert.Equal($"UB-{year}-{sequence:D4}", number.ToString());
        Assert.False(RequestNumber.TryParse("#42", out _));
    }
}
