using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Requests.Queue;
using NrwBot.Dialogs.WorkingDays;

namespace NrwBot.Dialogs.Requests.Reminders;

/// <summary>
/// The service-level reminders, on working days in working hours only: the holder hears once when a request is due
/// on the next working day (an absent holder's substitute instead), the LKS channel once when it is overdue, and once
/// when a new request lay untaken for a working day. Each reminder is claimed in the database first, so with several
/// instances exactly one sends it; everything goes out through the outbox (<see cref="IProactiveSender"/>, <see cref="ILksChannel"/>).
/// </summary>
public sealed class RequestReminders(IRequestStore store, IRequestReminderClaims claims, IProactiveSender sender, ILksChannel channel,
    LksCards cards, ServiceLevels.ServiceLevels levels, WorkingDayCalendar workingDays, LksAbsences absences, TimeProvider clock)
{
    private static readonly HashSet<RequestState> Open = [RequestState.New, RequestState.InProgress];

    /// <summary>Returns how many reminders were handed to the outbox.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!workingDays.IsWorkingTime(now)) return 0;
        var today = workingDays.LocalDate(now);
        var requests = await store.ListAsync(new RequestFilter { States = Open }, cancellationToken);
        if (requests.Count == 0) return 0;
        var away = await absences.CurrentAsync(cancellationToken);
        var sent = 0;
        foreach (var request in requests)
        {
            if (IsDueTomorrow(request, today) && request.Assignee is { Key: not null } holder)
                sent += await SendOnceAsync(request, RequestReminderKind.DueTomorrow, now,
                    () => ToHolderAsync(request, holder, LksAbsences.StandIn(away, holder), cancellationToken), cancellationToken);
            if (levels.IsOverdue(request, now))
                sent += await SendOnceAsync(request, RequestReminderKind.Overdue, now, () => channel.AnnounceAsync(Overdue(request, today), cancellationToken), cancellationToken);
            else if (request.State == RequestState.New && now >= levels.UnclaimedAfter(request))
                sent += await SendOnceAsync(request, RequestReminderKind.Unclaimed, now, () => channel.AnnounceAsync(Unclaimed(request, today), cancellationToken), cancellationToken);
        }
        return sent;
    }

    /// <summary>Due on the next working day (or, after a downtime, today): the day before is the last calm one.</summary>
    private bool IsDueTomorrow(SupportRequest request, DateOnly today)
    {
        var due = levels.DueDate(request);
        return request.State == RequestState.InProgress && today <= due && WorkingDayCalendar.NextWorkingDay(today) >= due;
    }

    // A claimed reminder that cannot be delivered stays claimed: one reminder too few beats one too many.
    private async Task<int> SendOnceAsync(SupportRequest request, string kind, DateTimeOffset now, Func<Task<ProactiveResult>> send, CancellationToken cancellationToken)
    {
        if (!await claims.TryClaimAsync(request.Id, kind, now, cancellationToken)) return 0;
        return (await send()).Accepted ? 1 : 0;
    }

    private Task<ProactiveResult> ToHolderAsync(SupportRequest request, RequestActor holder, RequestActor recipient, CancellationToken cancellationToken)
    {
        var due = GermanTime.Date(levels.DueDate(request));
        var text = recipient.IsSamePerson(holder)
            ? RequestReminderTexts.DueTomorrow.Format(request.Number, cards.CategoryTitle(request.CategoryId), request.Region, due)
            : RequestReminderTexts.DueTomorrowForSubstitute.Format(request.Number, cards.CategoryTitle(request.CategoryId), request.Region, due, SafeText.Escape(holder.Name));
        var reply = new Reply
        {
            Title = RequestReminderTexts.DueTomorrowTitle.Format(request.Number),
            Text = text,
            Actions = [new ReplyAction(request.Number.Short, QueueFeature.ShowVerb, LksCards.NumberData(request)) { TypedCommand = request.Number.Short }],
        };
        return sender.SendToUserAsync(recipient.Key!, [reply], cancellationToken);
    }

    private Reply Overdue(SupportRequest request, DateOnly today) => ChannelReply(request, RequestReminderTexts.OverdueTitle,
        RequestReminderTexts.Overdue.Format(request.Number, cards.CategoryTitle(request.CategoryId), request.Region, GermanTime.Date(levels.DueDate(request)),
            Holder(request)));

    private Reply Unclaimed(SupportRequest request, DateOnly today) => ChannelReply(request, RequestReminderTexts.UnclaimedTitle,
        RequestReminderTexts.Unclaimed.Format(request.Number, cards.CategoryTitle(request.CategoryId), request.Region, GermanTime.DateAndTime(request.CreatedAt),
            WorkingDayCalendar.TimeLeft(today, levels.DueDate(request))));

    /// <summary>Number, category and region only: the channel is read by the whole team, also for confidential requests.</summary>
    private static Reply ChannelReply(SupportRequest request, Text title, string text) => new()
    {
        Title = title.Format(request.Number),
        Text = text,
        Actions = [new ReplyAction(request.Number.Short, QueueFeature.ShowVerb, LksCards.NumberData(request)) { TypedCommand = request.Number.Short }],
    };

    private static string Holder(SupportRequest request) => request.State == RequestState.InProgress && request.Assignee is { } assignee
        ? RequestsTexts.StateInProgressBy.Format(SafeText.Escape(assignee.Name))
        : RequestsTexts.StateName(request.State).German;
}
