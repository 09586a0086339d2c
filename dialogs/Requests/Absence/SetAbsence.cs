using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Requests.Absence;

/// <summary>
/// The absence form's submit: until when, who stands in, and (offered to the LKS lead only) for whom. Who sends it
/// comes from the turn, never from the card: a forged <see cref="Member"/> is checked against the lead role.
/// </summary>
public sealed record SetAbsence(string Until, string Substitute, string? Member) : ICardAction<SetAbsence>
{
    public static string Verb => "lks.absence.submit";
    public const string UntilKey = "until";
    public const string SubstituteKey = "substitute";
    public const string MemberKey = "member";
    private const int MaxLength = 200;

    public static SetAbsence? Bind(IReadOnlyDictionary<string, string> values)
    {
        if (CardActions.Text(values, UntilKey, MaxLength) is not { } until || CardActions.Text(values, SubstituteKey, MaxLength) is not { } substitute) return null;
        var member = values.TryGetValue(MemberKey, out var raw) && raw.Trim().Length == 0 ? null : CardActions.Text(values, MemberKey, MaxLength);
        return new SetAbsence(until, substitute, member);
    }

    public IReadOnlyDictionary<string, string> Data
    {
        get
        {
            var data = new Dictionary<string, string> { [UntilKey] = Until, [SubstituteKey] = Substitute };
            if (Member is not null) data[MemberKey] = Member;
            return data;
        }
    }
}
