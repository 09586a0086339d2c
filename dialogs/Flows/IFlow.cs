using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Flows;

/// <summary>A multi-turn conversation. Flows are stateless services; their state is <see cref="FlowState"/>.</summary>
public interface IFlow
{
    /// <summary>Unique name; also the prefix of the verbs its cards send (the profile flow's form sends profile.submit).</summary>
    string Name { get; }

    /// <summary>Every verb its cards send (each starts with "{Name}.").</summary>
    IReadOnlyList<string> Verbs { get; }

    /// <summary>The title users see in "Sie sind gerade bei: …".</summary>
    string Title { get; }

    Task StartAsync(FeatureTurn turn, CancellationToken cancellationToken);

    /// <summary>The user wrote text while this flow was running.</summary>
    Task ContinueAsync(FeatureTurn turn, CancellationToken cancellationToken);

    /// <summary>A card button or form of this flow was used (verb starting with "{Name}.").</summary>
    Task OnVerbAsync(FeatureTurn turn, CancellationToken cancellationToken);

    /// <summary>Asks the current question again (after help, after an interruption, after a refused answer).</summary>
    void Reprompt(FeatureTurn turn);

    /// <summary>Whether the text of this turn would be taken as the answer to the current question (on text
    /// channels; on card channels only a typed reply to the summary, such as „Senden“). The router uses it to
    /// tell an answer from an interruption.</summary>
    bool Fits(FeatureTurn turn);

    /// <summary>Whether the verb of this turn belongs to the flow as it stands: false for a card of an earlier
    /// draft, of a flow that is no longer running, or while another flow runs.</summary>
    bool IsCurrent(FeatureTurn turn);

    /// <summary>Says that the card is out of date (the router then shows the current card, if a flow runs).</summary>
    Task RefuseStaleAsync(FeatureTurn turn, CancellationToken cancellationToken);
}
