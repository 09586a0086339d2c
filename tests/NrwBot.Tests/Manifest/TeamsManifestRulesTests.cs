using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NrwBot.Manifest;

namespace NrwBot.Tests.Manifest;

/// <summary>What Teams (and its store validation) enforces beyond the JSON schema.</summary>
public class TeamsManifestRulesTests
{
    private static readonly JsonObject Manifest = ManifestSources.FilledManifest();
    private static readonly JsonObject English = ManifestSources.EnglishLocalization();
    private static readonly JsonObject Bot = Manifest["bots"]![0]!.AsObject();
    private static readonly JsonArray CommandLists = Bot["commandLists"]!.AsArray();

    [Fact]
    public void Version_is_major_minor_patch()
    {
        // Teams takes only numeric MAJOR.MINOR.PATCH, without pre-release or build suffixes.
        Assert.Matches(new Regex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$"), (string)Manifest["version"]!);
    }

    [Fact]
    public void Placeholders_stand_exactly_for_the_app_id_and_the_bot_id()
    {
        var committed = JsonNode.Parse(ManifestSources.ManifestText)!;

        Assert.Equal(ManifestTemplate.AppIdPlaceholder, (string)committed["id"]!);
        Assert.Equal(ManifestTemplate.BotIdPlaceholder, (string)committed["bots"]![0]!["botId"]!);
        Assert.Equal([ManifestTemplate.AppIdPlaceholder, ManifestTemplate.BotIdPlaceholder], ManifestTemplate.PlaceholdersLeft(ManifestSources.ManifestText));
    }

    [Fact]
    public void Filled_ids_are_guids_and_the_bot_id_is_the_bots_botId()
    {
        Assert.Equal(ManifestSources.Ids.AppId, Guid.ParseExact((string)Manifest["id"]!, "D"));
        Assert.Equal(ManifestSources.Ids.BotId, Guid.ParseExact((string)Bot["botId"]!, "D"));
        Assert.Single(Manifest["bots"]!.AsArray());
    }

    [Fact]
    public void Bot_is_conversational_in_personal_team_and_group_chat_without_files()
    {
        Assert.Equal(["groupChat", "personal", "team"], Bot["scopes"]!.AsArray().Select(scope => (string)scope!).Order(StringComparer.Ordinal));
        Assert.False((bool)Bot["supportsFiles"]!);
        Assert.False((bool)Bot["isNotificationOnly"]!);
    }

    [Fact]
    public void Each_bot_scope_has_exactly_one_command_list()
    {
        var listScopes = CommandLists.SelectMany(list => list!["scopes"]!.AsArray().Select(scope => (string)scope!)).ToList();

        Assert.Equal(Bot["scopes"]!.AsArray().Select(scope => (string)scope!).Order(), listScopes.Order());
    }

    [Fact]
    public void Command_titles_fit_32_characters_and_descriptions_128()
    {
        foreach (var command in CommandLists.SelectMany(list => list!["commands"]!.AsArray()))
        {
            Assert.InRange(((string)command!["title"]!).Length, 1, 32);
            Assert.InRange(((string)command["description"]!).Length, 1, 128);
        }
    }

    [Fact]
    public void Command_lists_hold_at_most_ten_distinct_commands()
    {
        foreach (var list in CommandLists)
        {
            var titles = list!["commands"]!.AsArray().Select(command => (string)command!["title"]!).ToList();
            Assert.InRange(titles.Count, 1, 10);
            Assert.Equal(titles.Count, titles.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }

    [Theory]
    [InlineData("personal", new[] { "Hilfe", "Profil", "Meine Anfragen", "Unterstützung anfragen", "Wer ist mein Ansprechpartner?", "Einarbeitung starten", "Meine Daten" })]
    [InlineData("team", new[] { "Hilfe", "Warteschlange", "Digest" })]
    [InlineData("groupChat", new[] { "Hilfe" })]
    public void Command_list_of_a_scope_offers_its_main_commands(string scope, string[] expected)
    {
        var list = CommandLists.Single(candidate => candidate!["scopes"]!.AsArray().Any(s => (string)s! == scope));
        var titles = list!["commands"]!.AsArray().Select(command => (string)command!["title"]!).ToList();

        Assert.All(expected, title => Assert.Contains(title, titles));
    }

    [Fact]
    public void German_names_and_descriptions_are_within_the_limits_Teams_shows()
    {
        AssertTexts((string)Manifest["name"]!["short"]!, (string)Manifest["name"]!["full"]!,
            (string)Manifest["description"]!["short"]!, (string)Manifest["description"]!["full"]!);
    }

    [Fact]
    public void English_names_and_descriptions_are_within_the_limits_Teams_shows()
    {
        AssertTexts((string)English["name.short"]!, (string)English["name.full"]!, (string)English["description.short"]!, (string)English["description.full"]!);
    }

    [Fact]
    public void Default_language_is_German_and_every_additional_language_file_is_named()
    {
        var localization = Manifest["localizationInfo"]!;
        Assert.Equal("de", (string)localization["defaultLanguageTag"]!);
        Assert.Equal(["en.json"], localization["additionalLanguages"]!.AsArray().Select(language => (string)language!["file"]!));
    }

    [Fact]
    public void English_strings_address_existing_commands_and_leave_titles_German()
    {
        // Teams sends the title as the message text, and the bot's commands are German words: translating a title
        // would make the command unknown to the bot. Only descriptions are translated.
        var commandKeys = English.Select(pair => pair.Key).Where(key => key.StartsWith("bots[", StringComparison.Ordinal)).ToList();
        var expected = CommandLists.SelectMany((list, l) => list!["commands"]!.AsArray().Select((_, c) => $"bots[0].commandLists[{l}].commands[{c}].description"));

        Assert.Equal(expected.Order(StringComparer.Ordinal), commandKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Developer_links_are_https()
    {
        foreach (var key in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith("https://", (string)Manifest["developer"]![key]!, StringComparison.Ordinal);
        }
    }

    private static void AssertTexts(string shortName, string fullName, string shortDescription, string fullDescription)
    {
        Assert.InRange(shortName.Length, 1, 30);
        Assert.InRange(fullName.Length, 1, 100);
        Assert.InRange(shortDescription.Length, 1, 80);
        Assert.InRange(fullDescription.Length, 1, 4000);
        // Store validation rejects a full description that only repeats the short one.
        Assert.NotEqual(shortDescription, fullDescription);
        Assert.DoesNotContain(shortDescription, fullDescription, StringComparison.Ordinal);
    }
}
