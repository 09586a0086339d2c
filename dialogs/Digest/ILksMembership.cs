using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// Who belongs to the LKS. Decided by the host's configuration ("Lks:Members", Entra object ids), never by the
/// role a user picked in the profile: that role is self-declared.
/// </summary>
public interface ILksMembership
{
    bool IsMember(UserRef user);
}
