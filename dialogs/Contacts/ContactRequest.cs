using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Contacts;

/// <summary>
/// A contact question as the bot understood it. <see cref="Target"/> is the place the answer is about: the
/// place named in the text, else the region in the asker's profile where the question is about "my" region.
/// </summary>
public sealed record ContactRequest(ContactIntent Intent, PlaceMatch? PlaceInText, Topic? Topic)
{
    public bool AboutOwnRegion { get; init; }
    public bool MentionsLks { get; init; }
    public Place? Target { get; init; }
    public bool TargetFromProfile { get; init; }
}
