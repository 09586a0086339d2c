using NrwBot.Tests.Infrastructure;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Onboarding;

namespace NrwBot.Tests.Onboarding;

/// <summary>"Meine Daten" also covers the onboarding progress, and "Meine Daten löschen" deletes it.</summary>
public sealed class OnboardingPersonalDataTests
{
    [Fact]
    public async Task The_onboarding_progress_is_shown_and_deleted_with_the_users_data()
    {
        await using var host = await BotTestHost.StartAsync();
        var teams = host.Channel();
        await host.TurnAsync(teams, "Einarbeitung starten");
        await host.TurnAsync(teams, ActivityAssert.Submit("onboarding.done", ("step", "programm-und-ziele")));

        var shown = string.Join("\n", (await host.TurnAsync(teams, "Meine Daten")).Select(ActivityAssert.VisibleText));
        await host.TurnAsync(teams, ActivityAssert.Submit("mydata.delete.confirm"));
        var after = string.Join("\n", (await host.TurnAsync(teams, "Meine Daten")).Select(ActivityAssert.VisibleText));

        TextAssert.Contains(OnboardingTexts.MyDataProgress, shown);
        Assert.Contains(OnboardingTexts.MyDataProgress.Format(1, 11, OnboardingTexts.On.German, FlowTexts.No.German), shown);
        TextAssert.Contains(OnboardingTexts.MyDataNone, after);
    }
}
