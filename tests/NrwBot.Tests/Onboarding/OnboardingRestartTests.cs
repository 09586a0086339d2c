using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Onboarding;

public sealed class OnboardingRestartTests
{
    [Fact]
    public async Task Progress_survives_a_restart_of_the_bot()
    {
        using var database = TestDatabase.Sqlite();
        await using (var first = await BotTestHost.StartAsync(database: database.KeepAlive()))
        {
            var steps = first.Services.GetRequiredService<OnboardingPath>().Steps;
            var teams = first.Channel();
            await first.TurnAsync(teams, "Einarbeitung starten");
            await first.TurnAsync(teams, OnboardingActivities.Done(steps[0].Id));
            await first.TurnAsync(teams, OnboardingActivities.Done(steps[2].Id));
        }

        await using var second = await BotTestHost.StartAsync(database: database.KeepAlive());
        var path = second.Services.GetRequiredService<OnboardingPath>();
        var status = await second.TurnAsync(second.Channel(), "Einarbeitung Status");
        var resumed = await second.TurnAsync(second.Channel(), "Einarbeitung");

        Assert.Contains($"**2/{path.Count}**", OnboardingActivities.Text(status));
        Assert.StartsWith("Schritt 2 von", OnboardingActivities.StepTitle(resumed));
    }
}
