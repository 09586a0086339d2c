namespace NrwBot.Dialogs.Requests.Categories;

/// <summary>The category the classifier proposes for a request text, and how sure it is (0 to 1).</summary>
public sealed record CategoryProposal(RequestCategory Category, double Confidence);
