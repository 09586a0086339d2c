namespace NrwBot.Dialogs.Conversation;

/// <summary>
/// A card button's verb and data as a typed value, owned by the feature that handles it (for example
/// <c>OpenArticle</c>): the verb and the data keys are written once, in the type; other features create the
/// button from the type, and the route table binds the values a card sends back to it (<c>RouteTable.Action</c>).
/// </summary>
public interface ICardAction<TSelf> where TSelf : class, ICardAction<TSelf>
{
    static abstract string Verb { get; }

    /// <summary>Reads and checks every value a card sent (presence and length): null for a damaged or forged card.</summary>
    static abstract TSelf? Bind(IReadOnlyDictionary<string, string> values);

    /// <summary>The data the button carries.</summary>
    IReadOnlyDictionary<string, string> Data { get; }
}
