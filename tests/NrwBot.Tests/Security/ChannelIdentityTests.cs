using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using NrwBot.Dialogs.Requests;
using NrwBot.Host.Proactive;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Security;

/// <summary>
/// Issue 11, defect 1: on Web Chat the client chooses from.id and aadObjectId. Mallory claims the Entra object id of
/// an LKS member (Anna) or of a requester (Erika): every attack that worked before is refused, on both databases.
/// </summary>
public sealed class ChannelIdentityTests
{
    public static TheoryData<string> Providers => new() { "sqlite", "postgresql" };

    private static TestPerson Claiming(TestPerson victim) => new(victim.AadObjectId, "Mallory", victim.AadObjectId);

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_web_chat_user_claiming_an_LKS_members_object_id_gets_neither_the_queue_nor_the_right_to_answer(string provider)
    {
        using var database = Open(provider);
        await using var host = await RequestsHost.StartAsync(database);
        var request = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Beratung zur Verwendung der Fördermittel im Quartier");
        var mallory = host.Channel(Claiming(TestPerson.Anna), channelId: "webchat");

        var queue = await host.TextOfTurnAsync(mallory, "Warteschlange");
        var answer = await host.TextOfTurnAsync(mallory, "#1 antworten: Schicken Sie mir Ihre Kontodaten.");
        var claim = await host.TextOfTurnAsync(mallory, ActivityAssert.Submit("requests.claim", ("number", request.Number.ToString())));

        Assert.All([queue, answer, claim], reply => TextAssert.Contains(RequestsTexts.NotLks, reply));
        Assert.DoesNotContain("Fördermittel", queue);
        var stored = (await host.Store.FindAsync(request.Number, CancellationToken.None))!;
        Assert.Equal(RequestState.New, stored.State);
        Assert.Empty(host.Sender.To(TestPerson.Erika.Key));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_web_chat_user_claiming_a_requesters_object_id_can_neither_read_nor_delete_her_requests(string provider)
    {
        using var database = Open(provider);
        await using var host = await RequestsHost.StartAsync(database);
        var request = await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung zu Antisemitismus für Lehrkräfte");
        var mallory = host.Channel(Claiming(TestPerson.Erika), channelId: "webchat");

        var details = await host.TextOfTurnAsync(mallory, "#1");
        var mine = await host.TextOfTurnAsync(mallory, "Meine Anfragen");
        await host.TurnAsync(mallory, ActivityAssert.Submit("mydata.delete.confirm"));

        TextAssert.Contains(RequestsTexts.NotLks, details);
        Assert.DoesNotContain("Antisemitismus", details + mine);
        Assert.DoesNotContain("UB-2026-0001", mine);
        Assert.NotNull(await host.Store.FindAsync(request.Number, CancellationToken.None));
        Assert.Contains("Antisemitismus", await host.TextOfTurnAsync(host.Channel(TestPerson.Erika), "#1"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_web_chat_activity_never_re_points_a_stored_Teams_conversation(string provider)
    {
        using var database = Open(provider);
        await using var host = await RequestsHost.StartAsync(database);
        var store = host.Services.GetRequiredService<ConversationStore>();
        await host.TurnAsync(host.Channel(TestPerson.Erika), "Hilfe");
        await host.TurnAsync(host.Channel(TestPerson.Anna, conversationType: "channel", conversationId: RequestActivities.TeamId), ActivityAssert.Submit("requests.queue"));
        var personalBefore = JsonConvert.SerializeObject(await store.FindAsync(TestPerson.Erika.Key, CancellationToken.None));
        var channelKey = "conversation:" + RequestActivities.TeamId;
        var channelBefore = JsonConvert.SerializeObject(await store.FindAsync(channelKey, CancellationToken.None));

        // Mallory claims Erika's object id, and then the LKS channel's conversation id, from Web Chat.
        await host.TurnAsync(host.Channel(Claiming(TestPerson.Erika), channelId: "webchat"), "Hilfe");
        await host.TurnAsync(host.Channel(Claiming(TestPerson.Erika), channelId: "webchat", conversationType: "channel", conversationId: RequestActivities.TeamId),
            ActivityAssert.Submit("requests.queue"));

        Assert.Contains("msteams", personalBefore);
        Assert.Equal(personalBefore, JsonConvert.SerializeObject(await store.FindAsync(TestPerson.Erika.Key, CancellationToken.None)));
        Assert.Equal(channelBefore, JsonConvert.SerializeObject(await store.FindAsync(channelKey, CancellationToken.None)));
    }

    private static TestDatabase Open(string provider)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null,
            $"No PostgreSQL server: set {TestDatabase.PostgresVariable} (bash .ci/run starts one and sets it).");
        return TestDatabase.Create(provider);
    }
}
