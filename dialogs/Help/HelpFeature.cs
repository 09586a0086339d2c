using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Help;

/// <summary>The welcome on install and the overview behind "Hilfe".</summary>
public sealed class HelpFeature(AvailableCapabilities capabilities)
{
    public const string HelpVerb = "help.show";

    public void WelcomeUser(FeatureTurn turn)
    {
        var firstName = turn.Input.User.FirstName;
        var greeting = firstName.Length == 0 ? HelpTexts.WelcomeUserWithoutName.German : HelpTexts.WelcomeUser.Format(SafeText.Escape(firstName));
        turn.Send(Overview(greeting) with { Title = HelpTexts.WelcomeTitle.German });
    }

    public void WelcomeChannel(FeatureTurn turn) => turn.Send(Reply.Plain(HelpTexts.WelcomeChannel.German));

    /// <summary>The overview, in English for "help" or an English message, in German otherwise.</summary>
    public Task ShowAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var english = turn.Input.PrefersEnglish || turn.Input.Text.Trim().Equals("help", StringComparison.OrdinalIgnoreCase);
        turn.Send(Overview(null, english));
        return Task.CompletedTask;
    }

    // Profile first: on text channels "1" has always meant the profile.
    private List<ReplyAction> Buttons(bool english)
    {
        var buttons = new List<ReplyAction> { new(HelpTexts.ProfileButton.In(english), Profile.ProfileFlow.ShowVerb) };
        if (capabilities.Has(Capability.Requests))
            buttons.Add(CardActions.Button(HelpTexts.RequestButton.In(english), new Requests.Intake.StartRequest()));
        return buttons;
    }

    private Reply Overview(string? lead, bool english = false)
    {
        var lines = new List<string>();
        if (lead is not null) lines.Add(lead);
        lines.Add(HelpTexts.OverviewIntro.In(english));
        lines.Add(JobList(english));
        lines.Add(HelpTexts.CommandsLine.In(english));
        return new Reply
        {
            Title = HelpTexts.OverviewTitle.In(english), Text = string.Join("\n\n", lines), Note = HelpTexts.PrivacyNote.In(english), Actions = Buttons(english),
        };
    }

    // Bullets, not numbers: on text channels numbers are reserved for the buttons.
    private string JobList(bool english) =>
        string.Join("\n", HelpTexts.Jobs.Select(job =>
            $"- **{job.Description.In(english)}**{(capabilities.Has(job.Capability) ? "" : HelpTexts.SoonSuffix.In(english))} – {HelpTexts.ForExample.In(english)} {job.Example.In(english)}"));
}
