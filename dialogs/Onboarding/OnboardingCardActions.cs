using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Onboarding;

/// <summary>A step's title on the status card, „Schritt n: …“: opens the step <see cref="StepId"/>, whether open or done.</summary>
public sealed record OpenStep(string StepId) : ICardAction<OpenStep>
{
    public static string Verb => "onboarding.step";

    /// <summary>The onboarding step a button is about (also on <see cref="MarkStepDone"/>, <see cref="PostponeStep"/>, <see cref="AskAboutStep"/>).</summary>
    public const string StepKey = "step";

    public const int MaxIdLength = 200;

    public static OpenStep? Bind(IReadOnlyDictionary<string, string> values) => OnboardingStepData.Read(values) is { } id ? new(id) : null;

    public IReadOnlyDictionary<string, string> Data => OnboardingStepData.Of(StepId);
}

/// <summary>„Erledigt“ on a step card.</summary>
public sealed record MarkStepDone(string StepId) : ICardAction<MarkStepDone>
{
    public static string Verb => "onboarding.done";

    public static MarkStepDone? Bind(IReadOnlyDictionary<string, string> values) => OnboardingStepData.Read(values) is { } id ? new(id) : null;

    public IReadOnlyDictionary<string, string> Data => OnboardingStepData.Of(StepId);
}

/// <summary>„Später“ on a step card.</summary>
public sealed record PostponeStep(string StepId) : ICardAction<PostponeStep>
{
    public static string Verb => "onboarding.later";

    public static PostponeStep? Bind(IReadOnlyDictionary<string, string> values) => OnboardingStepData.Read(values) is { } id ? new(id) : null;

    public IReadOnlyDictionary<string, string> Data => OnboardingStepData.Of(StepId);
}

/// <summary>„Frage dazu“ on a step card.</summary>
public sealed record AskAboutStep(string StepId) : ICardAction<AskAboutStep>
{
    public static string Verb => "onboarding.question";

    public static AskAboutStep? Bind(IReadOnlyDictionary<string, string> values) => OnboardingStepData.Read(values) is { } id ? new(id) : null;

    public IReadOnlyDictionary<string, string> Data => OnboardingStepData.Of(StepId);
}

/// <summary>„Mit … bekannt machen“ after the onboarding: the directory contact <see cref="ContactId"/> of the experienced colleague.</summary>
public sealed record MeetPeer(string ContactId) : ICardAction<MeetPeer>
{
    public static string Verb => "onboarding.peer";
    public const string ContactKey = "contact";

    public static MeetPeer? Bind(IReadOnlyDictionary<string, string> values) =>
        CardActions.Text(values, ContactKey, OpenStep.MaxIdLength) is { } id ? new MeetPeer(id) : null;

    public IReadOnlyDictionary<string, string> Data => new Dictionary<string, string> { [ContactKey] = ContactId };
}

/// <summary>The step id every step button carries.</summary>
internal static class OnboardingStepData
{
    public static string? Read(IReadOnlyDictionary<string, string> values) => CardActions.Text(values, OpenStep.StepKey, OpenStep.MaxIdLength);

    public static IReadOnlyDictionary<string, string> Of(string stepId) => new Dictionary<string, string> { [OpenStep.StepKey] = stepId };
}
