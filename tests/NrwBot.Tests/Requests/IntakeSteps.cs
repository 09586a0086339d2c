using Microsoft.Bot.Schema;
using NrwBot.Dialogs.Requests;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>The card submits of the intake, and a whole filing on Teams for tests that need a request to work on.</summary>
public static class IntakeSteps
{
    public const string Fortbildung = "fortbildung-coaching";
    public const string Vernetzung = "vernetzung-austausch";

    public static Activity Form(string description, string region = "Kreis Düren", string category = Fortbildung, bool consent = true, string urgency = "normal", string date = "") =>
        ActivityAssert.Submit("intake.submit", ("category", category), ("description", description), ("region", region),
            ("urgency", urgency), ("date", date), ("consent", consent ? "true" : "false"));

    public static Activity Confirm(string? id = null)
    {
        var activity = ActivityAssert.Submit("intake.confirm");
        activity.Id = id;
        return activity;
    }

    public static async Task<SupportRequest> FileAsync(RequestsHost host, TestPerson person, string description, string region = "Kreis Düren",
        string category = Fortbildung, bool consent = true, string urgency = "normal")
    {
        var teams = host.Channel(person);
        await host.TurnAsync(teams, Form(description, region, category, consent, urgency));
        var confirmation = await host.TextOfTurnAsync(teams, Confirm());
        var number = System.Text.RegularExpressions.Regex.Match(confirmation, @"UB-\d{4}-\d{4}").Value;
        Assert.True(RequestNumber.TryParse(number, out var parsed), confirmation);
        return (await host.Store.FindAsync(parsed, CancellationToken.None))!;
    }
}
