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

    /// <summary>The overview, in English for "help" or an English message, in German otherwise.</summary>
    public Task ShowAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var english = turn.Input.PrefersEnglish || turn.Input.Text.Trim().Equals("help", StringComparison.OrdinalIgnoreCase);
        turn.Send(english ? EnglishOverview() : Overview(null));
        return Task.CompletedTask;
    }

    // Profile first: on text channels "1" has always meant the profile.
    private List<ReplyAction> Buttons(bool english)
    {
        var buttons = new List<ReplyAction> { new(english ? HelpTexts.ProfileButtonEnglish : HelpTexts.ProfileButton, Profile.ProfileFlow.ShowVerb) };
        if (capabilities.Has(Capability.Requests))
            buttons.Add(new(english ? HelpTexts.RequestButtonEnglish : HelpTexts.RequestButton, Requests.Intake.IntakeFlow.StartVerb));
        return buttons;
    }

    private Reply Overview(string? lead)
    {
        var lines = new List<string>();
        if (lead is not null) lines.Add(lead);
        lines.Add(HelpTexts.OverviewIntro);
        lines.Add(JobList(job => job.Description, job => job.Example, HelpTexts.SoonSuffix, HelpTexts.ForExample));
        lines.Add(HelpTexts.CommandsLine);
        return new Reply { Title = HelpTexts.OverviewTitle, Text = string.Join("\n\n", lines), Note = HelpTexts.PrivacyNote, Actions = Buttons(english: false) };
    }

    private Reply EnglishOverview()
    {
        var lines = new[]
        {
            HelpTexts.OverviewIntroEnglish,
            JobList(job => job.DescriptionEnglish, job => job.ExampleEnglish, HelpTexts.SoonSuffixEnglish, HelpTexts.ForExampleEnglish),
            HelpTexts.CommandsLineEnglish,
        };
        return new Reply { Title = HelpTexts.OverviewTitleEnglish, Text = string.Join("\n\n", lines), Note = HelpTexts.PrivacyNoteEnglish, Actions = Buttons(english: true) };
    }

    // Bullets, not numbers: on text channels numbers are reserved for the buttons.
    private string JobList(Func<HelpJob, string> description, Func<HelpJob, string> example, string soon, string forExample) =>
        string.Join("\n", HelpTexts.Jobs.Select(job =>
            $"- **{description(job)}**{(capabilities.Has(job.Capability) ? "" : soon)} – {forExample} {example(job)}"));
}
