using System.Text.RegularExpressions;
using Microsoft.Bot.Builder.Adapters;
using NrwBot.Dialogs.Requests;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>
/// Issue 11, item 3: a double click on a confirm button sends two activities with different ids at once, so the
/// redelivery claim does not catch it. Each confirmed action must still happen once, on one instance and across
/// two instances sharing the database, and the second click is told what the first one did.
/// </summary>
public sealed class DoubleClickTests
{
    private const int Rounds = 5;

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task A_double_click_on_Senden_files_one_request_and_both_clicks_name_it(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        await DoubleClickRoundsAsync(host, host.Channel(TestPerson.Erika), host.Channel(TestPerson.Erika, window: 1));

        Assert.Equal(Rounds, (await host.AllRequestsAsync()).Count);
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task A_double_click_on_Senden_reaching_two_instances_files_one_request(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var first = stores.Host;
        await using var second = await RequestsHost.StartAsync(first.Database.KeepAlive());
        await DoubleClickRoundsAsync(first, first.Channel(TestPerson.Erika), second.Channel(TestPerson.Erika));

        Assert.Equal(Rounds, (await first.AllRequestsAsync()).Count);
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task A_late_second_click_on_Senden_is_told_the_number_it_was_sent_as(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        var erika = host.Channel(TestPerson.Erika);
        var summary = await host.TurnAsync(erika, IntakeSteps.Form("Fortbildung zu Argumentationstraining für unser Team"));
        var number = NumberIn(await host.TextOfTurnAsync(erika, ActivityAssert.Click(summary, "intake.confirm", "late-1")));

        var late = await host.TextOfTurnAsync(erika, ActivityAssert.Click(summary, "intake.confirm", "late-2"));

        Assert.Contains(number, late, StringComparison.Ordinal);
        Assert.Single(await host.AllRequestsAsync());
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task A_double_click_on_Meine_Daten_loeschen_withdraws_each_open_request_once(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        var request = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Beratung zur Elternarbeit an Grundschulen");
        var cardsBefore = host.LksChannel.Versions(request.Id).Count;

        await Task.WhenAll(
            Task.Run(() => host.TurnAsync(host.Channel(TestPerson.Erika), ActivityAssert.Submit("mydata.delete.confirm"))),
            Task.Run(() => host.TurnAsync(host.Channel(TestPerson.Erika, window: 1), WithId(ActivityAssert.Submit("mydata.delete.confirm"), "delete-2"))));

        Assert.Empty(await host.AllRequestsAsync());
        Assert.Equal(cardsBefore + 1, host.LksChannel.Versions(request.Id).Count);
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task A_double_click_on_the_LKS_answer_form_answers_once(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        var request = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Vorlage für den Sachbericht gesucht");
        var number = request.Number.ToString();
        var notificationsBefore = host.Sender.To(TestPerson.Erika.Key).Count;

        await Task.WhenAll(Enumerable.Range(0, 2).Select(window => Task.Run(() => host.TurnAsync(
            host.Channel(TestPerson.Anna, window: window),
            WithId(ActivityAssert.Submit("requests.answer.submit", ("number", number), ("text", "Die Vorlage kommt bis Mittwoch.")), $"answer-{window}")))));

        var history = await host.Store.HistoryAsync(request.Id, default);
        Assert.Single(history, transition => transition.Kind == TransitionKind.Answered);
        Assert.Equal(notificationsBefore + 1, host.Sender.To(TestPerson.Erika.Key).Count);
    }

    /// <summary>Fills the form in window <paramref name="a"/>, then clicks „Senden“ in both windows at once.</summary>
    private static async Task DoubleClickRoundsAsync(RequestsHost host, TestAdapter a, TestAdapter b)
    {
        for (var round = 0; round < Rounds; round++)
        {
            var summary = await host.TurnAsync(a, WithId(IntakeSteps.Form($"Runde {round}: Austausch zu Präventionsprojekten an Schulen"), $"form-{round}"));
            var replies = await Task.WhenAll(
                Task.Run(() => host.TextOfTurnAsync(a, ActivityAssert.Click(summary, "intake.confirm", $"click-a-{round}"))),
                Task.Run(() => host.TextOfTurnAsync(b, ActivityAssert.Click(summary, "intake.confirm", $"click-b-{round}"))));
            Assert.Equal(NumberIn(replies[0]), NumberIn(replies[1]));
        }
    }

    private static string NumberIn(string text)
    {
        var match = Regex.Match(text, @"UB-\d{4}-\d{4}");
        Assert.True(match.Success, text);
        return match.Value;
    }

    private static Microsoft.Bot.Schema.Activity WithId(Microsoft.Bot.Schema.Activity activity, string id)
    {
        activity.Id = id;
        return activity;
    }
}
