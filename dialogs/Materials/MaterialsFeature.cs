using System.Globalization;
using System.Text.RegularExpressions;
using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Materials;

/// <summary>
/// The Materialbörse in the chat: share (<see cref="MaterialFlow"/>), search by words and filters, similar
/// concepts, „Meine Materialien“, contact with the office and author, and the owner's (or the LKS's) edit,
/// withdraw and re-share. Everyone sees network materials; „LKS only“ ones only the LKS and their owner.
/// </summary>
public sealed class MaterialsFeature(MaterialFlow flow, IMaterialStore store, MaterialAccess access, MaterialCards cards,
    MaterialSearch search, SimilarConcepts similar, PlaceFinder places, MaterialTopics topics, IRegionDirectory regions,
    ContactDirectory directory, ContactCards contactCards, IProactiveSender sender, IMaterialContacts contacts)
{
    public const int MaxResults = 5;

    public MaterialFlow Flow => flow;

    public Task ShareAsync(FeatureTurn turn, CancellationToken cancellationToken) => flow.StartAsync(turn, cancellationToken);

    public Task ShareWithWordsAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => flow.StartAsync(turn, cancellationToken);

    /// <summary>
    /// A file that no running flow expects: what the bot can do with a file (the Materialbörse for everyone, a protocol
    /// for the LKS), and for a Teams file a button that opens „Material teilen“ with the file's link filled in.
    /// </summary>
    public Task FileAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var (link, _) = MaterialLinks.FromAttachments(turn.Input.Files);
        turn.Send(new Reply
        {
            Text = MaterialsTexts.FileHint.German,
            Actions = link is null ? [] : [new ReplyAction(MaterialsTexts.ShareFileButton.German, MaterialsVerbs.Share, new Dictionary<string, string> { [MaterialDraft.LinkField] = link })],
        });
        return Task.CompletedTask;
    }

    public Task SearchAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        FindAsync(turn, match.Groups["q"].Success ? match.Groups["q"].Value : turn.Input.Text, cancellationToken);

    public Task SearchAllAsync(FeatureTurn turn, CancellationToken cancellationToken) => FindAsync(turn, "", cancellationToken);

    private async Task FindAsync(FeatureTurn turn, string text, CancellationToken cancellationToken)
    {
        var query = MaterialQuery.Read(text, places, topics);
        var visible = await VisibleAsync(turn, cancellationToken);
        var found = search.Rank(visible.Where(material => query.Admits(material, regions)).ToList(), query.FreeText, MaxResults);
        var filters = Describe(query);
        if (found.Count == 0)
        {
            turn.Send(new Reply
            {
                Text = MaterialsTexts.NothingFound.Format(filters) + "\n\n" + MaterialsTexts.ShareHint.German,
                Actions = [new ReplyAction(MaterialsTexts.ShareButton.German, MaterialsVerbs.Share)],
            });
            return;
        }
        turn.Send(MaterialsTexts.Found.Format(found.Count, filters));
        await SendCardsAsync(turn, found, cancellationToken);
    }

    public async Task MineAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var mine = await store.OwnedAsync(ConversationKeys.ForUser(turn.Input.User), cancellationToken);
        if (mine.Count == 0)
        {
            turn.Send(new Reply { Text = MaterialsTexts.NoneOfMine.German, Actions = [new ReplyAction(MaterialsTexts.ShareButton.German, MaterialsVerbs.Share)] });
            return;
        }
        turn.Send(MaterialsTexts.Mine.Format(mine.Count));
        foreach (var material in mine.OrderByDescending(material => material.UpdatedAt)) turn.Send(cards.Card(material, mayChange: true));
    }

    /// <summary>„Ähnliche Konzepte“ without a number: for the user's newest Handlungskonzept.</summary>
    public async Task SimilarForMineAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken)
    {
        if (match.Groups["id"].Success) { await SimilarAsync(turn, new ShowSimilarConcepts(int.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture)), cancellationToken); return; }
        var concept = (await store.OwnedAsync(ConversationKeys.ForUser(turn.Input.User), cancellationToken))
            .Where(material => material.Kind == MaterialKind.Handlungskonzept && !material.Withdrawn).MaxBy(material => material.UpdatedAt);
        if (concept is null) { turn.Send(MaterialsTexts.SimilarNeedsConcept.German); return; }
        await SimilarAsync(turn, new ShowSimilarConcepts(concept.Id), cancellationToken);
    }

    public async Task SimilarAsync(FeatureTurn turn, ShowSimilarConcepts action, CancellationToken cancellationToken)
    {
        if (await VisibleMaterialAsync(turn, action.Id, cancellationToken) is not { } concept) return;
        if (concept.Kind != MaterialKind.Handlungskonzept) { turn.Send(MaterialsTexts.SimilarOnlyConcepts.Format(concept.Number)); return; }
        var found = similar.Of(concept, await VisibleAsync(turn, cancellationToken));
        if (found.Count == 0) { turn.Send(MaterialsTexts.NoSimilar.Format(SafeText.Escape(concept.Title))); return; }
        turn.Send(MaterialsTexts.SimilarFound.Format(SafeText.Escape(concept.Title), found.Count));
        await SendCardsAsync(turn, found.Select(entry => entry.Material).ToList(), cancellationToken);
    }

    /// <summary>
    /// „Kontakt aufnehmen“: the office's contacts from the directory, and a message to the author (through the outbox)
    /// once per person and material — a second click shows the contacts again but tells no one twice.
    /// </summary>
    public async Task ContactAsync(FeatureTurn turn, ContactAuthor action, CancellationToken cancellationToken)
    {
        if (await VisibleMaterialAsync(turn, action.Id, cancellationToken) is not { } material) return;
        if (MaterialAccess.Owns(turn, material)) { turn.Send(MaterialsTexts.ContactYourself.German); return; }
        var intro = await TellAuthorOnceAsync(turn, material, cancellationToken);
        var offices = regions.ByName(material.Region) is { } region ? directory.LocalOffices(region) : [];
        turn.Send(offices.Count > 0
            ? contactCards.List(MaterialsTexts.ContactTitle.German, intro, offices)
            : new Reply { Title = MaterialsTexts.ContactTitle.German, Text = intro + "\n\n" + MaterialsTexts.NoOfficeContact.German });
    }

    /// <summary>The claim is stored before the author is told; when telling fails it is given back, so a later click tries again.</summary>
    private async Task<string> TellAuthorOnceAsync(FeatureTurn turn, Material material, CancellationToken cancellationToken)
    {
        var clicker = ConversationKeys.ForUser(turn.Input.User);
        if (!await contacts.TryClaimAsync(material.Id, clicker, turn.Now, cancellationToken)) return MaterialsTexts.ContactAlreadyTold.Format(cards.OfficeOf(material));
        var name = turn.Input.User.Name.Trim().Length > 0 ? SafeText.Escape(turn.Input.User.Name.Trim()) : MaterialsTexts.Someone.German;
        var told = await sender.SendToUserAsync(material.OwnerKey,
            [new Reply { Title = MaterialsTexts.ContactTitle.German, Text = MaterialsTexts.ContactToAuthor.Format(name, SafeText.Escape(material.Title), material.Number) }],
            cancellationToken);
        if (told.Accepted) return MaterialsTexts.ContactTold.Format(cards.OfficeOf(material));
        await contacts.ReleaseAsync(material.Id, clicker, cancellationToken);
        return MaterialsTexts.ContactNotTold.Format(cards.OfficeOf(material));
    }

    public async Task EditAsync(FeatureTurn turn, EditMaterial action, CancellationToken cancellationToken)
    {
        if (await ChangeableAsync(turn, action.Id, cancellationToken) is { } material) await flow.EditAsync(turn, material, cancellationToken);
    }

    public Task WithdrawAsync(FeatureTurn turn, WithdrawMaterial action, CancellationToken cancellationToken) => SetWithdrawnAsync(turn, action.Id, true, cancellationToken);

    public Task ReshareAsync(FeatureTurn turn, ReshareMaterial action, CancellationToken cancellationToken) => SetWithdrawnAsync(turn, action.Id, false, cancellationToken);

    /// <summary>„Material M-3 zurückziehen | wieder teilen | bearbeiten“.</summary>
    public Task ChangeByWordsAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken)
    {
        var id = int.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture);
        var verb = match.Groups["verb"].Value.ToLowerInvariant();
        return verb.StartsWith("bearbeit", StringComparison.Ordinal) || verb.StartsWith("änder", StringComparison.Ordinal)
            ? EditAsync(turn, new EditMaterial(id), cancellationToken)
            : SetWithdrawnAsync(turn, id, !verb.StartsWith("wieder", StringComparison.Ordinal), cancellationToken);
    }

    private async Task SetWithdrawnAsync(FeatureTurn turn, int id, bool withdrawn, CancellationToken cancellationToken)
    {
        if (await ChangeableAsync(turn, id, cancellationToken) is not { } material) return;
        var changed = await store.SetWithdrawnAsync(id, withdrawn, turn.Now, cancellationToken);
        var text = (withdrawn, changed) switch
        {
            (true, true) => MaterialsTexts.Withdrawn,
            (true, false) => MaterialsTexts.AlreadyWithdrawn,
            (false, true) => MaterialsTexts.Reshared,
            _ => MaterialsTexts.AlreadyShared,
        };
        turn.Send(cards.Card((await store.FindAsync(id, cancellationToken)) ?? material, mayChange: true, text.Format(material.Number, SafeText.Escape(material.Title))));
    }

    /// <summary>The material when this user may change it; otherwise the refusal has been sent (the same for a forged card).</summary>
    private async Task<Material?> ChangeableAsync(FeatureTurn turn, int id, CancellationToken cancellationToken)
    {
        var material = await store.FindAsync(id, cancellationToken);
        if (material is null) { turn.Send(MaterialsTexts.NotFound.Format(id)); return null; }
        if (await access.MayChangeAsync(turn, material, cancellationToken)) return material;
        turn.Send(MaterialsTexts.NotYours.German);
        return null;
    }

    private async Task<Material?> VisibleMaterialAsync(FeatureTurn turn, int id, CancellationToken cancellationToken)
    {
        var material = await store.FindAsync(id, cancellationToken);
        var visible = await access.VisibleToAsync(turn, cancellationToken);
        if (material is not null && (!material.Withdrawn || MaterialAccess.Owns(turn, material)) && visible(material)) return material;
        turn.Send(MaterialsTexts.NotFound.Format(id));
        return null;
    }

    private async Task<IReadOnlyList<Material>> VisibleAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var visible = await access.VisibleToAsync(turn, cancellationToken);
        return (await store.ActiveAsync(cancellationToken)).Where(visible).ToList();
    }

    private async Task SendCardsAsync(FeatureTurn turn, IReadOnlyList<Material> found, CancellationToken cancellationToken)
    {
        var isLks = await access.IsLksAsync(turn, cancellationToken);
        foreach (var material in found) turn.Send(cards.Card(material, mayChange: isLks || MaterialAccess.Owns(turn, material)));
    }

    private string Describe(MaterialQuery query)
    {
        var parts = new List<string>();
        if (query.Kind is { } kind) parts.Add(MaterialKinds.Title(kind).German);
        if (query.Topic is { } topic) parts.Add(MaterialsTexts.TopicFilter.Format(topic.Name));
        if (query.Region is { } region) parts.Add(PlaceTexts.In(region));
        if (query.Regierungsbezirk is { } bezirk) parts.Add(MaterialsTexts.BezirkFilter.Format(bezirk));
        if (query.Year is { } year) parts.Add(MaterialsTexts.YearFilter.Format(year));
        if (query.FreeText.Length > 0) parts.Add(MaterialsTexts.WordsFilter.Format(SafeText.Escape(query.FreeText)));
        return parts.Count == 0 ? MaterialsTexts.AllMaterials.German : string.Join(", ", parts);
    }
}
