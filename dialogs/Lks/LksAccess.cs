namespace NrwBot.Dialogs.Lks;

/// <summary>The answer of the one LKS authorization check (<see cref="ILksMembership.AccessAsync"/>).</summary>
public enum LksAccess
{
    /// <summary>An LKS member, in a personal chat or a channel of the LKS team.</summary>
    Granted,

    /// <summary>Not LKS (or not on Teams, the only channel whose identities are vouched for).</summary>
    NotLks,

    /// <summary>LKS, but where others read along (a group chat, another team's channel, a conversation of unknown kind).</summary>
    NotHere,
}
