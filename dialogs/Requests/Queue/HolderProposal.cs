using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Requests.Categories;

namespace NrwBot.Dialogs.Requests.Queue;

/// <summary>
/// Who should take a new request: the LKS person the contact directory names for the topic of its category
/// („Fortbildung & Coaching“ → the LKS's Fortbildung person). Only for requests nobody has yet; none when the
/// category matches no LKS topic.
/// </summary>
public sealed class HolderProposal(ILksContacts contacts, CategoryCatalog categories)
{
    public (RequestActor Person, string Topic)? For(SupportRequest request)
    {
        if (request.State != RequestState.New) return null;
        var title = categories.ById(request.CategoryId)?.Title ?? request.CategoryId;
        return contacts.Responsible(title) is { } person ? (new RequestActor(null, person.Name), person.Role) : null;
    }
}
