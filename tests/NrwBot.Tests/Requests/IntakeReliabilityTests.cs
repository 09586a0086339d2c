using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Requests;
using NrwBot.Host.Data;
using NrwBot.Host.Requests;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>Nothing a user confirmed is lost, and nothing is stored twice.</summary>
public sealed class IntakeReliabilityTests
{
    [Fact]
    public async Task When_storing_fails_the_user_is_told_plainly_and_the_draft_is_kept_for_another_Senden()
    {
        await using var host = await RequestsHost.StartAsync(replaceServices: services =>
        {
            services.AddSingleton(provider => new FlakyRequestStore(provider.GetRequiredService<EfRequestStore>()));
            services.AddSingleton<IRequestStore>(provider => provider.GetRequiredService<FlakyRequestStore>());
        });
        var store = host.Services.GetRequiredService<FlakyRequestStore>();
        var teams = host.Channel(TestPerson.Erika);
        await host.TurnAsync(teams, IntakeSteps.Form("Einarbeitung der neuen Kollegin in das Förderprogramm"));
        store.Failing = true;

        var failed = await host.TurnAsync(teams, IntakeSteps.Confirm());

        TextAssert.Contains(RequestsTexts.StoreFailed, RequestsHost.Visible(failed));
        Assert.Contains("intake.confirm", ActivityAssert.ButtonVerbs(failed[^1]));
        Assert.Contains("Einarbeitung der neuen Kollegin", ActivityAssert.VisibleText(failed[^1]));
        Assert.Empty(host.LksChannel.Shown);
        store.Failing = false;
        Assert.Empty(await host.AllRequestsAsync());

        var sent = await host.TextOfTurnAsync(teams, IntakeSteps.Confirm());

        Assert.Contains("UB-2026-0001", sent);
        Assert.Equal("Einarbeitung der neuen Kollegin in das Förderprogramm", Assert.Single(await host.AllRequestsAsync()).Description);
    }

    [Fact]
    public async Task When_the_database_table_is_gone_Senden_fails_politely_and_works_once_it_is_back()
    {
        await using var host = await RequestsHost.StartAsync();
        var slack = host.Channel(TestPerson.Erika, channelId: "slack");
        await host.TurnAsync(slack, "Ich brauche Unterstützung bei der Pressearbeit für unsere Aktionswoche");
        foreach (var answer in new[] { "ok", "ok", "Gütersloh", "1", "-", "ja", "nein" }) await host.TurnAsync(slack, answer);
        var contexts = host.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE support_requests RENAME TO support_requests_away");

        var failed = await host.TextOfTurnAsync(slack, "Senden");
        await using (var db = await contexts.CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE support_requests_away RENAME TO support_requests");
        var sent = await host.TextOfTurnAsync(slack, "Senden");

        TextAssert.Contains(RequestsTexts.StoreFailed, failed);
        Assert.Contains("UB-2026-0001", sent);
        Assert.Equal("Kreis Gütersloh", Assert.Single(await host.AllRequestsAsync()).Region);
    }

    [Fact]
    public async Task On_Slack_a_request_can_be_marked_confidential_step_by_step()
    {
        await using var host = await RequestsHost.StartAsync();
        var slack = host.Channel(TestPerson.Erika, channelId: "slack");
        await host.TurnAsync(slack, "Ich brauche Unterstützung bei einem Konflikt in unserem Büro");
        foreach (var answer in new[] { "ok", "ok", "Gütersloh", "1", "-", "nein", "ja" }) await host.TurnAsync(slack, answer);

        var sent = await host.TextOfTurnAsync(slack, "Senden");

        Assert.Contains("UB-2026-0001", sent);
        Assert.True(Assert.Single(await host.AllRequestsAsync()).Confidential);
    }
}
