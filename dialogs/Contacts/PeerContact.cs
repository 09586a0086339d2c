namespace NrwBot.Dialogs.Contacts;

/// <summary>A local office working on a topic, and how near it is (null when the asker's region is not known).</summary>
public sealed record PeerContact(Contact Contact, Nearness? Nearness);
