using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>One step of the onboarding path, from a Markdown file under <c>content/onboarding/</c>.</summary>
public sealed record OnboardingStep
{
    /// <summary>Stored with the user's progress, so it must not change once people have started.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }
    public required int Order { get; init; }
    public required int Minutes { get; init; }

    /// <summary>The text of the step as Markdown.</summary>
    public required string Body { get; init; }

    public required StepCheck Check { get; init; }

    /// <summary>Forms and other pages to open.</summary>
    public IReadOnlyList<ReplyLink> Links { get; init; } = [];

    /// <summary>Ids of related knowledge articles (opened with the knowledge feature's verb).</summary>
    public IReadOnlyList<string> Articles { get; init; } = [];

    /// <summary>True for "Ihre Ansprechpartner": the card adds the user's own contacts from the profile region.</summary>
    public bool ShowsContacts { get; init; }

    /// <summary>Written by the bot team as an example; the card says so until the LKS releases it.</summary>
    public bool IsSample { get; init; }

    public string File { get; init; } = "";
}
