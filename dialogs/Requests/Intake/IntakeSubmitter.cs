using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Language;
using NrwBot.Dialogs.Requests.Queue;

namespace NrwBot.Dialogs.Requests.Intake;

/// <summary>
/// Sends a confirmed draft: stores it first, then confirms with the number and what happens next, then puts the
/// card into the LKS channel. Returns false when storing failed. Storing is idempotent per draft (see
/// <see cref="SourceKey"/>): a double click on „Senden“ files one request, on one instance or on two.
/// </summary>
public sealed class IntakeSubmitter(IRequestStore store, ILanguageAnalyzer analyzer, RequestNotifier notifier)
{
    /// <summary>
    /// What makes a filing unique: the user and the draft they confirmed (both clicks of a double click carry the
    /// same draft, but different activity ids), or the activity where no draft is known.
    /// </summary>
    public static string? SourceKey(string requesterKey, string? draftId, string? activityId) =>
        draftId is { Length: > 0 } ? requesterKey + "|draft:" + draftId
        : activityId is { Length: > 0 } ? requesterKey + "|" + activityId
        : null;

    /// <summary>The request a draft was filed as, if it was: a late second „Senden“ is told its number.</summary>
    public async Task<SupportRequest?> FindSentAsync(FeatureTurn turn, string draftId, CancellationToken cancellationToken)
    {
        try
        {
            return await store.FindBySourceAsync(SourceKey(ConversationKeys.ForUser(turn.Input.User), draftId, null)!, cancellationToken);
        }
        catch (RequestStoreException)
        {
            return null;
        }
    }

    public async Task<bool> SubmitAsync(FeatureTurn turn, IntakeDraft draft, string? draftId, CancellationToken cancellationToken)
    {
        var analysis = await analyzer.AnalyzeAsync(draft.Description, cancellationToken);
        var english = analysis.Language == "en" || LanguageHint.IsEnglish(draft.Description);
        CreatedRequest created;
        try
        {
            created = await store.CreateAsync(ToRequest(turn, draft, draftId, analysis.RedactedText, english), cancellationToken);
        }
        catch (RequestStoreException)
        {
            turn.Send(RequestsTexts.StoreFailed.In(english));
            return false;
        }
        turn.Send(Confirmation(created, english));
        if (created.IsNew) await notifier.CreatedAsync(created.Request, cancellationToken);
        return true;
    }

    private static NewSupportRequest ToRequest(FeatureTurn turn, IntakeDraft draft, string? draftId, string redacted, bool english)
    {
        var requesterKey = ConversationKeys.ForUser(turn.Input.User);
        return new NewSupportRequest
        {
            CategoryId = draft.CategoryId,
            Description = draft.Description,
            RedactedDescription = redacted,
            Region = draft.Region,
            Urgency = draft.Urgency,
            PreferredDate = draft.PreferredDate,
            Consent = draft.Consent,
            Confidential = draft.Confidential,
            Language = english ? "en" : "de",
            RequesterKey = requesterKey,
            RequesterName = draft.Consent && turn.Input.User.Name.Length > 0 ? turn.Input.User.Name : null,
            SourceKey = SourceKey(requesterKey, draftId, turn.Input.ActivityId),
            CreatedAt = turn.Now,
        };
    }

    private static Reply Confirmation(CreatedRequest created, bool english)
    {
        var request = created.Request;
        var lines = new List<string> { RequestsTexts.Confirmed.Format(english, request.Number) };
        if (request.Urgency == Urgency.Urgent) lines.Add(RequestsTexts.ConfirmedUrgent.In(english));
        if (request.Links.Count > 0) lines.Add(RequestsTexts.ConfirmedDuplicate.Format(english, request.Region, string.Join(", ", request.Links)));
        if (!created.IsNew) lines.Add(RequestsTexts.ConfirmedAgain.In(english));
        return new Reply
        {
            Title = RequestsTexts.ConfirmedTitle.Format(english, request.Number),
            Text = string.Join("\n\n", lines),
            Actions = [new(RequestsTexts.MyRequestsButton.In(english), QueueFeature.MineVerb)],
        };
    }
}
