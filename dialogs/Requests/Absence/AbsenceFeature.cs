using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Requests.Intake;
using NrwBot.Dialogs.Requests.Queue;

namespace NrwBot.Dialogs.Requests.Absence;

/// <summary>
/// Absences and substitutes of the LKS: „Abwesend bis 19.12. Vertretung: Name“, „Wieder da“, „Abwesenheiten“ (the list
/// and a form). Every route is behind the LKS route guard; setting or ending someone else's absence needs the lead role
/// (<see cref="ILksMembership.IsLead"/>). The member is the one writing unless the lead names another; nothing from
/// the card decides who acts. Bad input (a date in the past, a substitute who is not LKS, an unknown name) is refused
/// with a message and nothing is stored.
/// </summary>
public sealed class AbsenceFeature(ILksMembership lks, ILksAbsenceStore store, LksAbsences absences, IProactiveSender sender, TimeProvider clock)
{
    public const string ListVerb = "lks.absence.list";

    public Task SetAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) =>
        SetAsync(turn, Group(match, "member"), match.Groups["date"].Value, Group(match, "substitute"), cancellationToken);

    public Task SubmitAsync(FeatureTurn turn, SetAbsence form, CancellationToken cancellationToken) =>
        SetAsync(turn, form.Member, form.Until, form.Substitute, cancellationToken);

    public Task EndAsync(FeatureTurn turn, CancellationToken cancellationToken) => EndAsync(turn, (string?)null, cancellationToken);

    public Task EndForAsync(FeatureTurn turn, Match match, CancellationToken cancellationToken) => EndAsync(turn, Group(match, "member"), cancellationToken);

    public Task ListAsync(FeatureTurn turn, CancellationToken cancellationToken) => QueueFeature.GuardAsync(turn, async () =>
    {
        var away = await absences.CurrentAsync(cancellationToken);
        var lines = away.Count == 0 ? [AbsenceTexts.ListNone.German]
            : away.OrderBy(absence => absence.Until).Select(absence => AbsenceTexts.ListItem.Format(SafeText.Escape(absence.Member.Name), GermanTime.Date(absence.Until), SafeText.Escape(absence.Substitute.Name))).ToList();
        turn.Send(new Reply { Title = AbsenceTexts.ListTitle.German, Text = string.Join("\n", lines) + "\n\n" + AbsenceTexts.ListHint.German });
        if (turn.Input.ChannelHasCards) turn.Send(await FormAsync(turn, cancellationToken));
    });

    private Task SetAsync(FeatureTurn turn, string? memberName, string dateText, string? substituteName, CancellationToken cancellationToken) =>
        QueueFeature.GuardAsync(turn, async () =>
        {
            var member = await MemberAsync(turn, memberName, cancellationToken);
            if (member is null) return;
            var today = absences.Today;
            if (DateAnswer.Parse(dateText, today) is not { } until) { turn.Send(AbsenceTexts.InvalidDate.Format(SafeText.Escape(dateText))); return; }
            if (until < today) { turn.Send(AbsenceTexts.DateInPast.Format(GermanTime.Date(until))); return; }
            if (string.IsNullOrWhiteSpace(substituteName)) { turn.Send(AbsenceTexts.NeedSubstitute.Format(GermanTime.Date(until))); return; }
            var substitute = await SubstituteAsync(turn, substituteName, member, cancellationToken);
            if (substitute is null) return;
            // Stored before the bot says so; the substitute hears of it through the outbox.
            await store.SaveAsync(new LksAbsence(member, until, substitute, Actor(turn).Key!, clock.GetUtcNow()), cancellationToken);
            turn.Send(AbsenceTexts.Saved.Format(SafeText.Escape(member.Name), GermanTime.Date(until), SafeText.Escape(substitute.Name)));
            await sender.SendToUserAsync(substitute.Key!,
            [
                new Reply
                {
                    Title = AbsenceTexts.ToSubstituteTitle.Format(SafeText.Escape(member.Name)),
                    Text = AbsenceTexts.ToSubstitute.Format(SafeText.Escape(member.Name), GermanTime.Date(until)),
                },
            ], cancellationToken);
        });

    private Task EndAsync(FeatureTurn turn, string? memberName, CancellationToken cancellationToken) => QueueFeature.GuardAsync(turn, async () =>
    {
        var member = await MemberAsync(turn, memberName, cancellationToken);
        if (member is null) return;
        turn.Send(await store.EndAsync(member.Key!, cancellationToken)
            ? AbsenceTexts.Ended.Format(SafeText.Escape(member.Name))
            : AbsenceTexts.NoneToEnd.Format(SafeText.Escape(member.Name)));
    });

    /// <summary>The one writing; another named member only for the lead (by name, with a key to route to).</summary>
    private async Task<RequestActor?> MemberAsync(FeatureTurn turn, string? name, CancellationToken cancellationToken)
    {
        var self = Actor(turn);
        if (name is null || string.Equals(name, self.Name, StringComparison.OrdinalIgnoreCase) || IsSelfWord(name)) return self;
        if (!lks.IsLead(turn.Input.User)) { turn.Send(AbsenceTexts.OnlyLead.German); return null; }
        var matches = (await lks.FindByNameAsync(name, cancellationToken)).Where(actor => actor.Key is not null).ToList();
        if (matches.Count == 1) return matches[0];
        turn.Send(matches.Count > 1
            ? AbsenceTexts.SubstituteAmbiguous.Format(SafeText.Escape(name), string.Join(", ", matches.Select(match => SafeText.Escape(match.Name))))
            : AbsenceTexts.UnknownMember.Format(SafeText.Escape(name)));
        return null;
    }

    private async Task<RequestActor?> SubstituteAsync(FeatureTurn turn, string name, RequestActor member, CancellationToken cancellationToken)
    {
        if (IsSelfWord(name)) { turn.Send(AbsenceTexts.SubstituteSelf.German); return null; }
        var matches = await lks.FindByNameAsync(name, cancellationToken);
        if (matches.Count == 0)
        {
            var known = (await lks.KnownAsync(cancellationToken)).Where(actor => actor.Key is not null && !actor.IsSamePerson(member)).Select(actor => SafeText.Escape(actor.Name)).ToList();
            turn.Send(AbsenceTexts.SubstituteNotLks.Format(SafeText.Escape(name)) + (known.Count > 0 ? " " + AbsenceTexts.KnownMembers.Format(string.Join(", ", known)) : ""));
            return null;
        }
        if (matches.Count > 1)
        {
            turn.Send(AbsenceTexts.SubstituteAmbiguous.Format(SafeText.Escape(name), string.Join(", ", matches.Select(match => SafeText.Escape(match.Name)))));
            return null;
        }
        var substitute = matches[0];
        if (substitute.IsSamePerson(member)) { turn.Send(AbsenceTexts.SubstituteSelf.German); return null; }
        if (substitute.Key is null) { turn.Send(AbsenceTexts.SubstituteUnreachable.Format(SafeText.Escape(substitute.Name))); return null; }
        return substitute;
    }

    private async Task<Reply> FormAsync(FeatureTurn turn, CancellationToken cancellationToken)
    {
        var self = Actor(turn);
        var reachable = (await lks.KnownAsync(cancellationToken)).Where(actor => actor.Key is not null).ToList();
        var inputs = new List<FormInput>();
        if (lks.IsLead(turn.Input.User))
            inputs.Add(new FormInput(SetAbsence.MemberKey, AbsenceTexts.FormMember.German, FormInputKind.Choice)
            {
                Choices = reachable.Select(actor => new FormChoice(actor.Name, actor.Name)).ToList(), Value = self.Name, Required = false,
            });
        inputs.Add(new FormInput(SetAbsence.UntilKey, AbsenceTexts.FormUntil.German, FormInputKind.Date) { Required = true });
        inputs.Add(new FormInput(SetAbsence.SubstituteKey, AbsenceTexts.FormSubstitute.German, FormInputKind.Choice)
        {
            Choices = reachable.Where(actor => !actor.IsSamePerson(self)).Select(actor => new FormChoice(actor.Name, actor.Name)).ToList(), Required = true,
        });
        return new Reply { Title = AbsenceTexts.FormTitle.German, Form = new ReplyForm(SetAbsence.Verb, AbsenceTexts.FormSubmit.German, inputs) };
    }

    private static bool IsSelfWord(string name) => name.Trim().ToLowerInvariant() is "mich" or "ich" or "me" or "mir";

    private static string? Group(Match match, string name) => match.Groups[name] is { Success: true, Value: { Length: > 0 } value } ? value.Trim() : null;

    private static RequestActor Actor(FeatureTurn turn) => QueueActions.Actor(turn);
}
