using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;
using static NrwBot.Tests.Knowledge.Store.KnowledgeStoreHost;

namespace NrwBot.Tests.Knowledge.Store;

/// <summary>
/// „Wissen Verlauf“ and „Wissen zurücksetzen“ in Teams: the LKS sees every version and rolls back after a
/// confirmation, and the next question gets the old content; everyone else is refused, by text and by forged card.
/// </summary>
public sealed class KnowledgeHistoryConversationTests
{
    private const string Question = "Wann ist der Verwendungsnachweis fällig?";
    private const string Marker = "NEU: Die Frist für den Verwendungsnachweis ist jetzt der 30. Juni.";

    [SkippableTheory, MemberData(nameof(Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task An_LKS_member_sees_the_history_rolls_back_after_confirming_and_the_next_answer_has_the_old_content(string provider)
    {
        using var database = Database(provider);
        await using var host = await RequestsHost.StartAsync(database);
        var erika = host.Channel(TestPerson.Erika);
        var anna = host.Channel(TestPerson.Anna);
        await PublishChangedAsync(host.Services, "verwendungsnachweis", Marker);
        await host.Services.GetRequiredService<IKnowledgeRefresh>().RefreshAsync(CancellationToken.None);
        Assert.Contains(Marker, await host.TextOfTurnAsync(erika, Question));

        var history = await host.TextOfTurnAsync(anna, "Wissen Verlauf verwendungsnachweis");
        var ask = await host.TextOfTurnAsync(anna, "Wissen zurücksetzen verwendungsnachweis 1");
        var confirmed = await host.TextOfTurnAsync(anna, ActivityAssert.Submit(ConfirmRollback.Verb, ("id", "verwendungsnachweis"), ("version", "1"), ("published", "2")));
        var again = await host.TextOfTurnAsync(anna, ActivityAssert.Submit(ConfirmRollback.Verb, ("id", "verwendungsnachweis"), ("version", "1"), ("published", "2")));

        Assert.Contains("Version 2** (veröffentlicht)", history);
        Assert.Contains("**Version 1**", history);
        Assert.Contains("Anna Schmidt", history);
        Assert.Contains(KnowledgeStoreTexts.RollbackButton.Format(1), history);
        Assert.Contains(KnowledgeStoreTexts.ConfirmTitle.German, ask);
        Assert.Contains(KnowledgeStoreTexts.ConfirmYes.German, ask);
        Assert.Contains(KnowledgeStoreTexts.RolledBack.Format("verwendungsnachweis", 1, 3), confirmed);
        Assert.Contains(KnowledgeStoreTexts.AlreadyPublished.Format("verwendungsnachweis", 1, 3), again);
        Assert.DoesNotContain(Marker, await host.TextOfTurnAsync(erika, Question));
        var versions = await host.Services.GetRequiredService<IKnowledgeStore>().HistoryAsync("verwendungsnachweis", CancellationToken.None);
        Assert.Equal([1, 2, 3], versions.Select(version => version.Version));
        Assert.Equal(("Anna Schmidt", true), (versions[2].Change.ChangedBy, versions[2].IsPublished));
    }

    [SkippableTheory, MemberData(nameof(Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task A_rollback_confirmed_after_someone_else_published_a_change_is_not_applied(string provider)
    {
        using var database = Database(provider);
        await using var host = await RequestsHost.StartAsync(database);
        var anna = host.Channel(TestPerson.Anna);
        await PublishChangedAsync(host.Services, "verwendungsnachweis", Marker);
        await host.TextOfTurnAsync(anna, "Wissen zurücksetzen verwendungsnachweis 1");
        await PublishChangedAsync(host.Services, "verwendungsnachweis", "Noch eine Änderung von Ben.", "Ben Weber");

        var confirmed = await host.TextOfTurnAsync(anna, ActivityAssert.Submit(ConfirmRollback.Verb, ("id", "verwendungsnachweis"), ("version", "1"), ("published", "2")));

        Assert.Contains(KnowledgeStoreTexts.ChangedMeanwhile.Format("verwendungsnachweis", 3), confirmed);
        Assert.Equal(3, (await host.Services.GetRequiredService<IKnowledgeStore>().HistoryAsync("verwendungsnachweis", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_normal_user_is_refused_by_text_and_by_forged_card_and_nothing_changes()
    {
        await using var host = await RequestsHost.StartAsync();
        var carl = host.Channel(TestPerson.Carl);
        await PublishChangedAsync(host.Services, "verwendungsnachweis", Marker);

        var history = await host.TextOfTurnAsync(carl, "Wissen Verlauf verwendungsnachweis");
        var rollback = await host.TextOfTurnAsync(carl, "Wissen zurücksetzen verwendungsnachweis 1");
        var forgedAsk = await host.TextOfTurnAsync(carl, ActivityAssert.Submit(RollbackArticle.Verb, ("id", "verwendungsnachweis"), ("version", "1")));
        var forgedConfirm = await host.TextOfTurnAsync(carl, ActivityAssert.Submit(ConfirmRollback.Verb, ("id", "verwendungsnachweis"), ("version", "1"), ("published", "2")));

        foreach (var reply in new[] { history, rollback, forgedAsk, forgedConfirm })
        {
            Assert.Contains(KnowledgeStoreTexts.NotLks.German, reply);
            Assert.DoesNotContain("Version 1", reply);
        }
        var versions = await host.Services.GetRequiredService<IKnowledgeStore>().HistoryAsync("verwendungsnachweis", CancellationToken.None);
        Assert.Equal(2, versions.Count);
        Assert.True(versions[1].IsPublished);
    }

    [Fact]
    public async Task The_LKS_gets_the_usage_for_an_incomplete_command_and_a_clear_answer_for_an_unknown_article()
    {
        await using var host = await RequestsHost.StartAsync();
        var anna = host.Channel(TestPerson.Anna);

        Assert.Contains(KnowledgeStoreTexts.Usage.German, await host.TextOfTurnAsync(anna, "Wissen zurücksetzen verwendungsnachweis"));
        Assert.Contains(KnowledgeStoreTexts.UnknownArticle.Format("gibt-es-nicht"), await host.TextOfTurnAsync(anna, "Wissen Verlauf gibt-es-nicht"));
        Assert.Contains(KnowledgeStoreTexts.UnknownVersion.Format("mittelabruf", 9, 1), await host.TextOfTurnAsync(anna, "Wissen zurücksetzen mittelabruf 9"));
        Assert.Contains(KnowledgeStoreTexts.Cancelled.German, await host.TextOfTurnAsync(anna, ActivityAssert.Submit(KnowledgeHistoryFeature.CancelVerb)));
    }
}
