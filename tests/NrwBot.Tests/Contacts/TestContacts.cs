using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Profile;
using NrwBot.Tests.Places;

namespace NrwBot.Tests.Contacts;

/// <summary>The shipped contact directory and a way to run one turn of the contacts feature.</summary>
internal static class TestContacts
{
    private static readonly Lazy<ContactDirectory> Loaded = new(() => ContactDirectory.Load(FilePath, TestPlaces.Catalog));

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "content", "contacts", "contacts.yml");

    public static ContactDirectory Shipped => Loaded.Value;

    public static ContactRequestReader Reader => new(TestPlaces.Finder, Shipped, TestPlaces.Catalog);

    public static ContactsFeature Feature() => new(Shipped, Reader, TestPlaces.Catalog.Gazetteer, []);

    public static FeatureTurn Turn(string text = "", string? profileRegion = null, string? verb = null, Dictionary<string, string>? values = null, bool cards = true)
    {
        var input = new TurnInput
        {
            Text = text,
            Verb = verb,
            Values = values ?? [],
            User = new UserRef("user-1", "Alex Beispiel"),
            ChannelHasCards = cards,
        };
        var user = new UserData { Profile = profileRegion is null ? null : new UserProfile(profileRegion, ProfileRoles.Fachkraft) };
        return new FeatureTurn(input, new ConversationData(), user, TimeProvider.System);
    }

    public static Contact Contact(string id) => Shipped.ById(id) ?? throw new InvalidOperationException(id);
}
