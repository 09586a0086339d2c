using NrwBot.Dialogs.Content;
using NrwBot.Dialogs.Contacts;
using NrwBot.Tests.Places;

namespace NrwBot.Tests.Contacts;

public class ContactDirectoryTests
{
    private static ContactDirectory Directory => TestContacts.Shipped;

    [Fact]
    public void Sample_directory_has_the_lks_team_five_mobile_beratungen_and_the_seed_offices()
    {
        Assert.True(Directory.IsSampleData);
        Assert.Equal(["Förderung und Formulare", "Fortbildung", "Vernetzung", "Öffentlichkeitsarbeit"],
            Directory.Lks().SelectMany(contact => contact.Topics).Select(topic => topic.Name));
        Assert.Equal(["Arnsberg", "Detmold", "Düsseldorf", "Köln", "Münster"], Directory.MobileBeratungen().Select(contact => contact.Regierungsbezirk));
        string[] seedPlaces = ["Dortmund", "Ennepe-Ruhr-Kreis", "Kreis Paderborn", "Hamm", "Kreis Minden-Lübbecke", "Oberbergischer Kreis", "Kreis Düren",
            "Kreis Euskirchen", "Städteregion Aachen", "Solingen", "Gelsenkirchen", "Wuppertal", "Rhein-Erft-Kreis", "Bielefeld"];
        Assert.Equal(seedPlaces.Order(), Directory.Contacts.Where(contact => contact.Kind == ContactKind.Local).Select(contact => contact.Region!.Name).Order());
    }

    [Fact]
    public void Sample_data_uses_only_example_addresses_and_never_the_real_people_of_the_seed()
    {
        string[] realPeople = ["Aydin-Kandler", "Zaunick", "Seidel", "Friese", "Consten"];
        foreach (var contact in Directory.Contacts)
        {
            Assert.EndsWith("@example.org", contact.Email);
            Assert.EndsWith("@example.org", contact.TeamsUpn);
            Assert.DoesNotContain(realPeople, name => contact.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Peers_come_nearest_first_same_kreis_then_same_bezirk_then_rest_of_nrw()
    {
        var bestandsanalyse = Directory.TopicById("bestandsanalyse")!;
        var home = TestPlaces.Finder.Resolve("Kreis Düren")!.Place;

        var peers = Directory.Peers(bestandsanalyse, home);

        Assert.Equal(
            [("Kreis Düren", Nearness.SameRegion), ("Kreis Euskirchen", Nearness.SameRegierungsbezirk), ("Städteregion Aachen", Nearness.SameRegierungsbezirk),
             ("Bielefeld", Nearness.ElsewhereInNrw), ("Ennepe-Ruhr-Kreis", Nearness.ElsewhereInNrw)],
            peers.Select(peer => (peer.Contact.Region!.Name, peer.Nearness!.Value)));
    }

    [Fact]
    public void A_gemeinde_as_home_counts_its_kreis_as_the_same_region()
    {
        var netzwerkarbeit = Directory.TopicById("netzwerkarbeit")!;
        var home = TestPlaces.Finder.Resolve("Lübbecke")!.Place;

        var first = Directory.Peers(netzwerkarbeit, home)[0];

        Assert.Equal(("Kreis Minden-Lübbecke", Nearness.SameRegion), (first.Contact.Region!.Name, first.Nearness!.Value));
        Assert.Equal(Nearness.SameRegierungsbezirk, Directory.Peers(netzwerkarbeit, home).Single(peer => peer.Contact.Region!.Name == "Bielefeld").Nearness);
    }

    [Theory]
    [InlineData("Wer macht noch Demokratiekonferenzen?", "demokratiekonferenz")]
    [InlineData("Wer arbeitet zu Schule?", "schule")]
    [InlineData("Erfahrungen mit der Bestandsaufnahme", "bestandsanalyse")]
    [InlineData("Wer plant eine Werkstatt Demokratie?", "werkstatt-demokratie")]
    [InlineData("Wer hat einen Runden Tisch?", "netzwerkarbeit")]
    [InlineData("Frage zur Oeffentlichkeitsarbeit", "oeffentlichkeitsarbeit")]
    public void Topics_are_found_by_their_keywords_including_inflections(string text, string topic)
    {
        Assert.Equal(topic, Directory.FindTopic(text)?.Id);
    }

    [Theory]
    [InlineData("beispieldaten: true\nkontakte:\n  - id: x\n    art: lokal\n    name: A\n    rolle: B\n    organisation: C\n    region: Paderborn\n    email: a@example.org", "meinten Sie „Kreis Paderborn“")]
    [InlineData("beispieldaten: true\nkontakte:\n  - id: x\n    art: lks\n    name: A\n    rolle: B\n    organisation: C\n    email: a@gmx.de\n    themen: [foo]", "nur Adressen unter example.org")]
    [InlineData("beispieldaten: true\nkontakte: []", "Regierungsbezirk Köln muss genau eine Mobile Beratung")]
    [InlineData("beispieldaten: true\nkontaktee: []", "contacts.yml:2:")]
    public void Loading_reports_problems_in_german(string yaml, string expected)
    {
        var error = Assert.Throws<ContentException>(() => ContactDirectory.Parse(yaml, TestPlaces.Catalog));
        Assert.Contains(expected, error.Message);
    }
}
