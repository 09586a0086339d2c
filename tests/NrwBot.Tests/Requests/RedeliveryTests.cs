using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Bot.Schema;
using NrwBot.Dialogs.Requests;
using NrwBot.Host.Data;
using NrwBot.Host.Knowledge;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>
/// One idempotency mechanism for every turn (issue 11, item 5): a redelivery of an activity id changes nothing and
/// gets the first delivery's answer, whatever the command; claims are removed after a day. SQLite and PostgreSQL.
/// </summary>
public sealed class RedeliveryTests
{
    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task A_redelivered_LKS_answer_makes_one_transition_and_one_notification_and_answers_the_same(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        var request = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Beratung zur Verstetigung unseres Handlungskonzepts");
        var anna = host.Channel(TestPerson.Anna);
        var notificationsBefore = host.Sender.To(TestPerson.Erika.Key).Count;

        var first = await host.TextOfTurnAsync(anna, Message($"#{request.Number.Sequence} antworten: Wir rufen Sie morgen an.", "lks-answer-1"));
        var again = await host.TextOfTurnAsync(anna, Message($"#{request.Number.Sequence} antworten: Wir rufen Sie morgen an.", "lks-answer-1"));

        Assert.Equal(first, again);
        var history = await host.Store.HistoryAsync(request.Id, default);
        Assert.Single(history, transition => transition.Kind == TransitionKind.Answered);
        Assert.Equal(notificationsBefore + 1, host.Sender.To(TestPerson.Erika.Key).Count);
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task A_redelivered_knowledge_question_is_logged_once(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        var erika = host.Channel(TestPerson.Erika);

        var first = await host.TextOfTurnAsync(erika, Message("Wie rechne ich Honorare ab?", "question-1"));
        var again = await host.TextOfTurnAsync(erika, Message("Wie rechne ich Honorare ab?", "question-1"));
        await host.TurnAsync(erika, Message("Wie rechne ich Honorare ab?", null));

        Assert.Equal(first, again);
        Assert.Equal(2, await CountAsync<QuestionRecord>(host));
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task A_redelivered_intake_confirm_files_one_request_and_answers_with_the_same_confirmation(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        var erika = host.Channel(TestPerson.Erika);
        await host.TurnAsync(erika, IntakeSteps.Form("Vernetzung mit Kommunen im Münsterland", category: IntakeSteps.Vernetzung));

        var first = await host.TextOfTurnAsync(erika, IntakeSteps.Confirm("confirm-1"));
        var again = await host.TextOfTurnAsync(erika, IntakeSteps.Confirm("confirm-1"));

        Assert.Contains("UB-2026-0001", first);
        Assert.Equal(first, again);
        Assert.Single(await host.AllRequestsAsync());
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task Claims_older_than_a_day_are_removed(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var host = stores.Host;
        var erika = host.Channel(TestPerson.Erika);
        await host.TurnAsync(erika, Message("Hilfe", "old-1"));
        Assert.Equal(1, await CountAsync<ProcessedActivityRecord>(host));

        host.Clock.Advance(ActivityClaims.Retention + TimeSpan.FromHours(2));
        await host.TurnAsync(erika, Message("Hilfe", "new-1"));

        var left = await ClaimIdsAsync(host);
        Assert.Equal(["new-1"], left);
    }

    private static Activity Message(string text, string? id) => new() { Type = ActivityTypes.Message, Text = text, Id = id };

    private static async Task<int> CountAsync<T>(RequestsHost host) where T : class
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        return await db.Set<T>().CountAsync();
    }

    private static async Task<List<string>> ClaimIdsAsync(RequestsHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        return await db.Set<ProcessedActivityRecord>().Select(row => row.ActivityId).ToListAsync();
    }
}
