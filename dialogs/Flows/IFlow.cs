using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Flows;

/// <summary>A multi-turn conversation. Flows are stateless services; their state is <see cref="FlowState"/>.</summary>
public interface IFlow
{
    /// <summary>Unique name; also the prefix of the verbs its cards send ("profile.submit").</summary>
    string Name { get; }

    /// <summary>The title users see in "Sie sind gerade bei: …".</summary>
    string Title { get; }

    Task StartAsync(FeatureTurn turn, CancellationToken cancellationToken);

    /// <summary>The user wrote text while this flow was running.</summary>
    Task ContinueAsync(FeatureTurn turn, CancellationToken cancellationToken);

    /// <summary>A card button or form of this flow was used (verb starting with "{Name}.").</summary>
    Task OnVerbAsync(FeatureTurn turn, CancellationToken cancellationToken);

    /// <summary>Asks the current question again (after help, or after a refused answer).</summary>
    void Reprompt(FeatureTurn turn);
}
