using System.Text.RegularExpressions;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Contacts;

/// <summary>Reads a contact question: which intent, which place, which topic, and whose region it is about.</summary>
public sealed class ContactRequestReader(PlaceFinder places, ContactDirectory directory, IRegionDirectory regions)
{
    private readonly IReadOnlyList<(ContactIntent Intent, Regex Pattern)> _patterns =
        ContactsPatterns.InOrder.Select(entry => (entry.Intent, ContactsPatterns.Compile(entry.Pattern))).ToList();

    /// <summary>The request a message makes, by the first pattern that matches; null when it is no contact question.</summary>
    public ContactRequest? Read(string text, UserProfile? profile)
    {
        var trimmed = text.Trim();
        foreach (var (intent, pattern) in _patterns)
        {
            if (pattern.IsMatch(trimmed)) return Read(intent, trimmed, profile);
        }
        return null;
    }

    /// <summary>The request for a known intent (the route table already chose the handler).</summary>
    public ContactRequest Read(ContactIntent intent, string text, UserProfile? profile)
    {
        var place = places.Recognize(text);
        var request = new ContactRequest(intent, place, directory.FindTopic(text))
        {
            AboutOwnRegion = ContactsPatterns.OwnRegion.IsMatch(text),
            MentionsLks = ContactsPatterns.Lks.IsMatch(text),
        };
        if (place?.Place is { } named) return request with { Target = named };
        if (place is null && UsesProfile(request) && ProfilePlace(profile) is { } home) return request with { Target = home, TargetFromProfile = true };
        return request;
    }

    /// <summary>The place of the region stored in the profile, or null.</summary>
    public Place? ProfilePlace(UserProfile? profile) =>
        profile is not null && regions.ByName(profile.Region) is { } region ? places.Gazetteer.PlaceOf(region) : null;

    // A question without a place is about the asker's own region, except where it asks for the LKS or an LKS
    // topic ("Wer ist für Fortbildungen zuständig?"): that answer is the same for everybody.
    private static bool UsesProfile(ContactRequest request) => request.Intent switch
    {
        ContactIntent.PlaceContact => !request.MentionsLks && request.Topic is null,
        ContactIntent.MyContact => !request.MentionsLks,
        _ => true,
    };
}
