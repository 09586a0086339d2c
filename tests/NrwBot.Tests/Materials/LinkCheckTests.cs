using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Materials;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Materials;

/// <summary>
/// The periodic link check against pages on 127.0.0.1, through the host's HTTP client factory and resilience pipeline
/// (the short time-out comes from there): HEAD, GET when HEAD is refused, at most N per round, a failing link told to
/// its owner once. (Links are seeded directly: the form accepts https only, the loopback pages are http.)
/// </summary>
public sealed class LinkCheckTests
{
    [SkippableTheory, MemberData(nameof(MaterialsHost.Providers), MemberType = typeof(MaterialsHost))]
    public async Task A_failing_link_is_told_to_its_owner_once_and_HEAD_refusals_fall_back_to_GET(string provider)
    {
        await using var pages = await LoopbackLinkServer.StartAsync();
        var sender = new RecordingProactiveSender();
        await using var host = await MaterialsHost.StartAsync(provider, services => services.AddSingleton<IProactiveSender>(sender),
            builder => builder.Configuration["Materials:LinkTimeout"] = "00:00:02");
        var ok = await host.SeedAsync(MaterialsHost.TomKey, "Seite ok", MaterialKind.Sonstiges, "Kreis Düren", 2025, "Eine Seite, die antwortet.", link: pages.BaseUrl + "/ok");
        var noHead = await host.SeedAsync(MaterialsHost.TomKey, "Ohne HEAD", MaterialKind.Sonstiges, "Kreis Düren", 2025, "Eine Seite ohne HEAD.", link: pages.BaseUrl + "/no-head");
        var gone = await host.SeedAsync(MaterialsHost.TomKey, "Verschwunden", MaterialKind.Sonstiges, "Kreis Düren", 2025, "Eine Seite, die fehlt.", link: pages.BaseUrl + "/gone");
        var slow = await host.SeedAsync(MaterialsHost.TomKey, "Zu langsam", MaterialKind.Sonstiges, "Kreis Düren", 2025, "Eine Seite, die hängt.", link: pages.BaseUrl + "/slow");
        var check = host.Host.Services.GetRequiredService<MaterialLinkCheck>();
        Assert.Equal(TimeSpan.FromSeconds(2), host.Host.Services.GetRequiredService<MaterialsOptions>().LinkTimeout);

        var started = DateTimeOffset.UtcNow;
        var flagged = await check.CheckDueAsync(CancellationToken.None);
        var took = DateTimeOffset.UtcNow - started;
        host.Host.Clock.Advance(TimeSpan.FromDays(2));
        var flaggedAgain = await check.CheckDueAsync(CancellationToken.None);

        Assert.Equal(2, flagged);
        Assert.Equal(0, flaggedAgain);
        Assert.True(took < TimeSpan.FromSeconds(8), $"the slow page was waited for {took}");
        Assert.Contains("HEAD /no-head", pages.Requests);
        Assert.Contains("GET /no-head", pages.Requests);
        Assert.DoesNotContain("GET /ok", pages.Requests);
        var told = sender.To(MaterialsHost.TomKey);
        Assert.Equal(2, told.Count);
        Assert.Contains(told, reply => reply.Text!.Contains(MaterialsTexts.LinkFailing.Format(gone.Number, gone.Title), StringComparison.Ordinal));
        Assert.Contains(told, reply => reply.Text!.Contains(MaterialsTexts.LinkFailing.Format(slow.Number, slow.Title), StringComparison.Ordinal));
        Assert.Null((await host.Store.FindAsync(ok.Id, CancellationToken.None))!.LinkFailingSince);
        Assert.Null((await host.Store.FindAsync(noHead.Id, CancellationToken.None))!.LinkFailingSince);
        Assert.NotNull((await host.Store.FindAsync(gone.Id, CancellationToken.None))!.LinkFailingSince);
    }

    [Fact]
    public async Task At_most_N_links_per_round_and_a_repaired_link_is_told_again_when_it_fails_again()
    {
        await using var pages = await LoopbackLinkServer.StartAsync();
        var sender = new RecordingProactiveSender();
        await using var host = await MaterialsHost.StartAsync(replaceServices: services => services.AddSingleton<IProactiveSender>(sender),
            configure: builder => builder.Configuration["Materials:LinkChecksPerMinute"] = "2");
        for (var index = 0; index < 5; index++)
            await host.SeedAsync(MaterialsHost.TomKey, "Seite " + index, MaterialKind.Sonstiges, "Kreis Düren", 2025, "Eine Seite zum Prüfen.", link: pages.BaseUrl + "/ok");
        var gone = await host.SeedAsync(MaterialsHost.TomKey, "Verschwunden", MaterialKind.Sonstiges, "Kreis Düren", 2025, "Eine Seite, die fehlt.", link: pages.BaseUrl + "/gone");
        var check = host.Host.Services.GetRequiredService<MaterialLinkCheck>();

        await check.CheckDueAsync(CancellationToken.None);
        var firstRound = pages.Requests.Count;
        for (var round = 0; round < 3; round++) await check.CheckDueAsync(CancellationToken.None);
        var toldFirst = sender.To(MaterialsHost.TomKey).Count;
        // Repaired (a new link), then broken again: told again.
        await host.Store.UpdateAsync(gone with { Link = pages.BaseUrl + "/ok" }, host.Host.Clock.GetUtcNow(), CancellationToken.None);
        await check.CheckDueAsync(CancellationToken.None);
        await host.Store.UpdateAsync(gone with { Link = pages.BaseUrl + "/gone-again" }, host.Host.Clock.GetUtcNow(), CancellationToken.None);
        await check.CheckDueAsync(CancellationToken.None);

        Assert.Equal(2, firstRound);
        Assert.Equal(1, toldFirst);
        Assert.Equal(2, sender.To(MaterialsHost.TomKey).Count);
    }
}
