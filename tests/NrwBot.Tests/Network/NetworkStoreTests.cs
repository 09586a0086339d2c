using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Network;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Network;

/// <summary>The network store on SQLite and PostgreSQL: one question per source key, answers only while open, counts by region, deletion.</summary>
public sealed class NetworkStoreTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task Questions_and_answers_are_stored_once_and_counted_by_region(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var store = stores.Host.Services.GetRequiredService<INetworkStore>();

        var (first, isNew) = await store.AskAsync(new NewNetworkQuestion("user:a", null, "Köln", "Frage eins zur Bestandsanalyse", "user:a|network:d1", Monday), default);
        var (again, isNewAgain) = await store.AskAsync(new NewNetworkQuestion("user:a", null, "Köln", "Frage eins zur Bestandsanalyse", "user:a|network:d1", Monday), default);
        var (second, _) = await store.AskAsync(new NewNetworkQuestion("user:b", "B", "Detmold", "Frage zwei zur Schule", "user:b|network:d2", Monday.AddDays(1)), default);
        await store.AskAsync(new NewNetworkQuestion("user:c", null, "Köln", "Frage drei, später", "user:c|network:d3", Monday.AddDays(9)), default);
        var answer = await store.AnswerAsync(new NewNetworkAnswer(first.Id, "user:b", "B", "Antwort eins", "user:b|N1|x", Monday.AddHours(1)), default);
        var twice = await store.AnswerAsync(new NewNetworkAnswer(first.Id, "user:b", "B", "Antwort eins", "user:b|N1|x", Monday.AddHours(2)), default);
        Assert.True(await store.ChangeStateAsync(second.Id, NetworkState.Closed, null, Monday.AddDays(2), default));
        var refused = await store.AnswerAsync(new NewNetworkAnswer(second.Id, "user:a", "A", "Zu spät", "user:a|N2|y", Monday.AddDays(3)), default);

        Assert.True(isNew);
        Assert.False(isNewAgain);
        Assert.Equal(first.Id, again.Id);
        Assert.True(answer.IsNew);
        Assert.False(twice.IsNew);
        Assert.Null(refused.Answer);
        Assert.Equal(1, (await store.FindAsync(first.Id, default))!.AnswerCount);
        var counts = await store.CountsByRegionAsync(Monday, Monday.AddDays(7), default);
        Assert.Equal([new NetworkRegionCount("Detmold", 1, 0), new NetworkRegionCount("Köln", 1, 1)], counts);
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task Forgetting_a_user_empties_their_questions_and_deletes_answers_and_opt_in(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var store = stores.Host.Services.GetRequiredService<INetworkStore>();
        var (mine, _) = await store.AskAsync(new NewNetworkQuestion("user:a", "Anja", "Köln", "Meine Frage", "user:a|network:d1", Monday), default);
        var (theirs, _) = await store.AskAsync(new NewNetworkQuestion("user:b", null, "Köln", "Ihre Frage", "user:b|network:d2", Monday), default);
        await store.AnswerAsync(new NewNetworkAnswer(mine.Id, "user:b", "B", "Antwort an Anja", "s1", Monday), default);
        await store.AnswerAsync(new NewNetworkAnswer(theirs.Id, "user:a", "Anja", "Antwort von Anja", "s2", Monday), default);
        await store.SetOptInAsync("user:a", true, default);
        await store.RememberCardAsync(mine.Id, "card-1", default);

        var forgotten = await store.ForgetAsync("user:a", default);

        var emptied = Assert.Single(forgotten);
        Assert.Equal((NetworkState.Withdrawn, "", "", (string?)null), (emptied.State, emptied.Text, emptied.AskerKey, emptied.AskerName));
        Assert.Equal("card-1", await store.CardOfAsync(mine.Id, default));
        Assert.Empty(await store.AnswersAsync(mine.Id, default));
        Assert.Empty(await store.AnswersAsync(theirs.Id, default));
        Assert.False(await store.IsOptedInAsync("user:a", default));
        Assert.Empty(await store.QuestionsOfAsync("user:a", default));
    }
}
