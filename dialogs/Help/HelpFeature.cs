using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Help;

/// <summary>The welcome on install and the overview behind "Hilfe".</summary>
public sealed class HelpFeature(AvailableCapabilities capabilities)
{
    public const string HelpVerb = "help.show";

    public void WelcomeUser(FeatureTurn turn)
    {
        var firstName = turn.Input.User.FirstName;
        var greeting = firstName.Length == 0 ? HelpTexts.WelcomeUserWithoutName : string.Format(HelpTexts.WelcomeUser, SafeText.Escape(firstName));
        turn.Send(Overview(greeting) with { Title = HelpTexts.WelcomeTitle });
    }

    public void WelcomeChannel(FeatureTurn turn) => turn.Send(Reply.Plain(HelpTexts.WelcomeChannel));

    public Task ShowAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        turn.Send(Overview(null));
        return Task.CompletedTask;
    }

    // Profile first: on text channels "1" has always meant the profile.
    private List<ReplyAction> Buttons()
    {
        var buttons = new List<ReplyAction> { new(HelpTexts.ProfileButton, Profile.ProfileFlow.ShowVerb) };
        if (capabilities.Has(Capability.Requests)) buttons.Add(new(HelpTexts.RequestButton, Requests.Intake.IntakeFlow.StartVerb));
        return buttons;
    }

    private Reply Overview(string? lead)
    {
        var lines = new List<string>();
        if (lead is not null) lines.Add(lead);
        lines.Add(HelpTexts.OverviewIntro);
        // Bullets, not numbers: on text channels numbers are reserved for the buttons.
        lines.Add(string.Join("\n", HelpTexts.Jobs.Select(job =>
            $"- **{job.Description}**{(capabilities.Has(job.Capability) ? "" : HelpTexts.SoonSuffix)} – z. B. {job.Example}")));
        lines.Add(HelpTexts.CommandsLine);
        return new Reply
        {
            Title = HelpTexts.OverviewTitle,
            Text = string.Join("\n\n", lines),
            Note = HelpTexts.PrivacyNote,
            Actions = Buttons(),
        };
    }
}
