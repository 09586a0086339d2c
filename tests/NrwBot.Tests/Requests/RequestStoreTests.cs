using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.Queue;

namespace NrwBot.Tests.Requests;

/// <summary>The request store's contract on SQLite and PostgreSQL: numbers, idempotency, concurrency, links, forgetting.</summary>
public sealed class RequestStoreTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task Numbers_count_per_German_year(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var store = stores.Host.Store;

        var first = await store.CreateAsync(New("a", Monday), default);
        var second = await store.CreateAsync(New("b", Monday.AddDays(1)), default);
        // 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Germany.
        var newYear = await store.CreateAsync(New("c", new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)), default);

        Assert.Equal(["UB-2026-0001", "UB-2026-0002", "UB-2027-0001"], new[] { first, second, newYear }.Select(created => created.Request.Number.ToString()));
        Assert.Equal(second.Request.Id, (await store.FindAsync(new RequestNumber(2026, 2), default))!.Id);
        Assert.Equal(newYear.Request.Id, (await store.FindLatestAsync(1, default))!.Id);
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task The_same_source_key_stores_one_request_even_when_it_arrives_twice_at_once(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var store = stores.Host.Store;

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => store.CreateAsync(New("user:x|activity-1", Monday), default))));
        var later = await store.CreateAsync(New("user:x|activity-1", Monday), default);

        Assert.Single(results, result => result.IsNew);
        Assert.Single(results.Append(later).Select(result => result.Request.Id).Distinct());
        Assert.False(later.IsNew);
        var stored = Assert.Single(await store.ListAsync(new RequestFilter(), default));
        Assert.Single(await store.HistoryAsync(stored.Id, default));
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task Concurrent_requests_get_distinct_consecutive_numbers(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var store = stores.Host.Store;

        var created = await Task.WhenAll(Enumerable.Range(1, 10).Select(index => Task.Run(() => store.CreateAsync(New("k" + index, Monday), default))));

        Assert.Equal(Enumerable.Range(1, 10), created.Select(result => result.Request.Number.Sequence).Order());
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task A_change_based_on_an_older_version_is_refused_and_returns_what_the_other_left(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var store = stores.Host.Store;
        var request = (await store.CreateAsync(New("k", Monday), default)).Request;
        var anna = new RequestActor("user:anna", "Anna Schmidt");
        var ben = new RequestActor("user:ben", "Ben Weber");
        var byAnna = RequestRules.Decide(request, new RequestAction(TransitionKind.Claimed, anna), Monday);
        var byBen = RequestRules.Decide(request, new RequestAction(TransitionKind.Claimed, ben), Monday);

        var first = await store.ApplyAsync(request, byAnna.After!, byAnna.Transition!, default);
        var second = await store.ApplyAsync(request, byBen.After!, byBen.Transition!, default);

        Assert.True(first.Applied);
        Assert.False(second.Applied);
        Assert.Equal("Anna Schmidt", second.Current!.Assignee!.Name);
        Assert.Equal(2, second.Current.Version);
        Assert.Equal([TransitionKind.Created, TransitionKind.Claimed], (await store.HistoryAsync(request.Id, default)).Select(entry => entry.Kind));
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task Of_many_LKS_members_taking_a_request_at_once_exactly_one_wins_and_the_others_hear_who(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var request = (await stores.Host.Store.CreateAsync(New("k", Monday), default)).Request;
        var desk = stores.Host.Services.GetRequiredService<RequestDesk>();
        var members = Enumerable.Range(1, 8).Select(index => new RequestActor("user:lks-" + index, "LKS " + index)).ToList();

        var outcomes = await Task.WhenAll(members.Select(member => Task.Run(() => desk.ActAsync(request, new RequestAction(TransitionKind.Claimed, member), default))));

        var winner = Assert.Single(outcomes, outcome => outcome.Result == DeskResult.Applied);
        var losers = outcomes.Where(outcome => outcome.Result != DeskResult.Applied).ToList();
        Assert.All(losers, loser => Assert.Equal((DeskResult.Refused, RequestRefusal.TakenByOther), (loser.Result, loser.Refusal!.Value)));
        Assert.All(losers, loser => Assert.Equal(winner.Request.Assignee, loser.Request.Assignee));
        Assert.Single(await stores.Host.Store.HistoryAsync(request.Id, default), entry => entry.Kind == TransitionKind.Claimed);
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task Open_requests_of_the_same_region_and_category_are_linked_both_ways(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var store = stores.Host.Store;
        var first = (await store.CreateAsync(New("a", Monday), default)).Request;
        var otherRegion = (await store.CreateAsync(New("b", Monday) with { Region = "Hamm" }, default)).Request;
        var third = (await store.CreateAsync(New("c", Monday), default)).Request;

        Assert.Equal([first.Number], third.Links);
        Assert.Empty(otherRegion.Links);
        Assert.Equal([third.Number], (await store.FindAsync(first.Number, default))!.Links);
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task A_new_request_links_at_most_three_similar_open_requests_and_refreshes_only_their_cards(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var store = stores.Host.Store;
        var older = new List<SupportRequest>();
        foreach (var (key, text) in new[] { ("a", "Fortbildung Hate Speech Schule"), ("b", "Moderation Bürgerversammlung"), ("c", "Fortbildung Hate Speech Verwaltung"),
                     ("d", "Beratung Haushalt"), ("e", "Beratung Haushalt"), ("f", "Beratung Haushalt") })
            older.Add((await store.CreateAsync(New(key, Monday) with { Description = text, RedactedDescription = text }, default)).Request);
        var notifier = stores.Host.Services.GetRequiredService<RequestNotifier>();
        var before = stores.Host.LksChannel.Shown.Count;

        var created = (await store.CreateAsync(New("g", Monday) with { Description = "Fortbildung Hate Speech Jugend", RedactedDescription = "Fortbildung Hate Speech Jugend" }, default)).Request;
        await notifier.CreatedAsync(created, default);

        // The two that share words first (newest first), then the newest of the rest.
        Assert.Equal([older[0].Number, older[2].Number, older[5].Number], created.Links.OrderBy(number => number.Sequence));
        var refreshed = stores.Host.LksChannel.Shown.Skip(before).Select(card => card.RequestId).ToList();
        Assert.Equal(new[] { created.Id, older[0].Id, older[2].Id, older[5].Id }.Order(), refreshed.Order());
        Assert.Equal([created.Number], (await store.FindAsync(older[2].Number, default))!.Links.Where(number => number == created.Number));
        Assert.DoesNotContain(created.Number, (await store.FindAsync(older[1].Number, default))!.Links);
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task Forgetting_a_requester_deletes_open_requests_and_keeps_closed_ones_without_the_person(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var store = stores.Host.Store;
        var open = (await store.CreateAsync(New("a", Monday), default)).Request;
        var closed = (await store.CreateAsync(New("b", Monday) with { CategoryId = "technik" }, default)).Request;
        var someoneElses = (await store.CreateAsync(New("c", Monday) with { RequesterKey = "user:other" }, default)).Request;
        var finish = RequestRules.Decide(closed, new RequestAction(TransitionKind.Finished, new RequestActor("user:anna", "Anna Schmidt"), "Erledigt."), Monday);
        await store.ApplyAsync(closed, finish.After!, finish.Transition!, default);

        var result = await store.ForgetRequesterAsync("user:erika", "Erika Musterfrau", default);

        Assert.Equal([open.Id], result.Deleted.Select(request => request.Id));
        Assert.Equal(1, result.Anonymised);
        Assert.Null(await store.FindAsync(open.Number, default));
        Assert.Empty(await store.HistoryAsync(open.Id, default));
        var kept = (await store.FindAsync(closed.Number, default))!;
        Assert.Equal((null, null, false, "Text ohne [E-Mail]", "Erledigt."), (kept.RequesterKey, kept.RequesterName, kept.Consent, kept.Description, kept.Answer));
        Assert.All(await store.HistoryAsync(closed.Id, default), entry => Assert.NotEqual("Erika Musterfrau", entry.Actor?.Name));
        Assert.Equal("user:other", (await store.FindAsync(someoneElses.Number, default))!.RequesterKey);
        Assert.Empty(await store.ListAsync(new RequestFilter { RequesterKey = "user:erika" }, default));
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task A_number_freed_by_forgetting_its_requester_is_never_given_again(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var store = stores.Host.Store;
        await store.CreateAsync(New("a", Monday), default);
        await store.CreateAsync(New("b", Monday), default);
        await store.ForgetRequesterAsync("user:erika", "Erika Musterfrau", default);

        var next = await store.CreateAsync(New("c", Monday), default);

        Assert.Equal(next.Request.Id, Assert.Single(await store.ListAsync(new RequestFilter(), default)).Id);
        Assert.Equal("UB-2026-0003", next.Request.Number.ToString());
    }

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task Lists_filter_by_state_category_region_requester_urgency_and_age(string provider)
    {
        await using var stores = await StoreHost.StartAsync(provider);
        var store = stores.Host.Store;
        var old = (await store.CreateAsync(New("a", Monday.AddDays(-20)), default)).Request;
        var urgent = (await store.CreateAsync(New("b", Monday) with { Urgency = Urgency.Urgent, Region = "Hamm", CategoryId = "technik" }, default)).Request;

        async Task<long[]> Ids(RequestFilter filter) => (await store.ListAsync(filter, default)).Select(request => request.Id).ToArray();

        Assert.Equal([old.Id, urgent.Id], await Ids(new RequestFilter { States = RequestFilter.Open }));
        Assert.Empty(await Ids(new RequestFilter { States = new HashSet<RequestState> { RequestState.Done } }));
        Assert.Equal([urgent.Id], await Ids(new RequestFilter { CategoryId = "technik" }));
        Assert.Equal([urgent.Id], await Ids(new RequestFilter { Region = "Hamm" }));
        Assert.Equal([urgent.Id], await Ids(new RequestFilter { UrgentOnly = true }));
        Assert.Equal([old.Id], await Ids(new RequestFilter { CreatedBefore = Monday.AddDays(-7) }));
        Assert.Equal([old.Id, urgent.Id], await Ids(new RequestFilter { RequesterKey = "user:erika" }));
    }

    private static NewSupportRequest New(string sourceKey, DateTimeOffset at) => new()
    {
        CategoryId = "fortbildung-coaching",
        Description = "Text mit erika@example.org",
        RedactedDescription = "Text ohne [E-Mail]",
        Region = "Kreis Düren",
        Consent = true,
        RequesterKey = "user:erika",
        RequesterName = "Erika Musterfrau",
        SourceKey = sourceKey,
        CreatedAt = at,
    };
}
