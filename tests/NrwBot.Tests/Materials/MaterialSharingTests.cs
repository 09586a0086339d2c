using Microsoft.Bot.Schema;
using NrwBot.Dialogs.Materials;
using NrwBot.Dialogs.Routing;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Materials;

/// <summary>„Material teilen“: the card form and the step-by-step questions, stored before the confirmation, once per draft; bad input stores nothing.</summary>
public sealed class MaterialSharingTests
{
    [SkippableTheory, MemberData(nameof(MaterialsHost.Providers), MemberType = typeof(MaterialsHost))]
    public async Task A_card_form_shares_the_material_once_even_on_a_double_click(string provider)
    {
        await using var host = await MaterialsHost.StartAsync(provider);
        var erika = host.Erika();
        await host.SetProfileAsync(erika, "Bielefeld");

        var form = await host.TurnAsync(erika, "Material teilen");
        var summary = await host.TurnAsync(erika, MaterialsHost.Form());
        var send = ActivityAssert.Click(summary, "material.confirm");
        var first = MaterialsHost.Visible(await host.TurnAsync(erika, send));
        var stored = await host.Store.OwnedAsync(MaterialsHost.ErikaKey, CancellationToken.None);
        var second = MaterialsHost.Visible(await host.TurnAsync(erika, ActivityAssert.Click(summary, "material.confirm")));

        Assert.Contains(MaterialDraft.LinkField, ActivityAssert.InputIds(form.Last()));
        Assert.Contains("Bielefeld", ActivityAssert.VisibleText(form.Last()));
        Assert.Contains("Schule, Netzwerkarbeit", MaterialsHost.Visible(summary));
        TextAssert.Contains(MaterialsTexts.Shared, first);
        var material = Assert.Single(stored);
        Assert.Equal(MaterialKind.Handlungskonzept, material.Kind);
        Assert.Equal(["schule", "netzwerkarbeit"], material.TopicIds);
        Assert.Equal(["Jugend", "Sportvereine"], material.Tags);
        Assert.Equal(("Bielefeld", 2026, MaterialVisibility.Network), (material.Region, material.Year, material.Visibility));
        Assert.Contains("M-" + material.Id, first);
        Assert.Contains(MaterialsTexts.AlreadyShared.Format(material.Number, material.Title), second);
        Assert.Single(await host.Store.OwnedAsync(MaterialsHost.ErikaKey, CancellationToken.None));
    }

    [Fact]
    public async Task On_a_text_channel_the_questions_come_one_by_one_and_ok_takes_the_region_of_the_profile()
    {
        await using var host = await MaterialsHost.StartAsync();
        var slack = host.Erika("slack");
        await host.SetProfileAsync(slack, "Kreis Düren");

        var steps = new List<string>();
        foreach (var answer in new[] { "Material teilen", "Bestandsanalyse Kreis Düren", "2", "Schule", "Interviews, Jugendhilfe", "ok", "2025",
                     "https://kreis-dueren.sharepoint.com/:b:/s/nrw/Bestandsanalyse.pdf", "Ergebnisse unserer Interviews mit Schulen und Jugendhilfe.", "1" })
            steps.Add(await host.TextAsync(slack, answer));
        var done = await host.TextAsync(slack, "Senden");

        Assert.Contains(MaterialsTexts.TitlePrompt.German, steps[0]);
        Assert.Contains(MaterialsTexts.RegionFromProfile.Format("Kreis Düren"), steps[4]);
        TextAssert.Contains(MaterialsTexts.Shared, done);
        var material = Assert.Single(await host.Store.OwnedAsync("user:slack:" + BotTestHost.UserId, CancellationToken.None));
        Assert.Equal((MaterialKind.Bestandsanalyse, "Kreis Düren", 2025), (material.Kind, material.Region, material.Year));
        Assert.Equal(["schule"], material.TopicIds);
    }

    [Theory]
    [InlineData("http://bielefeld.de/konzept.pdf", nameof(MaterialsTexts.LinkNotHttps))]
    [InlineData("javascript:alert(1)", nameof(MaterialsTexts.LinkScheme))]
    [InlineData("https://user:pass@example.org/x", nameof(MaterialsTexts.LinkInvalid))]
    [InlineData("data:text/html,hallo", nameof(MaterialsTexts.LinkScheme))]
    public async Task A_link_that_is_not_https_is_refused_with_the_reason_and_nothing_is_stored(string link, string textName)
    {
        await using var host = await MaterialsHost.StartAsync();
        var erika = host.Erika();

        await host.TurnAsync(erika, "Material teilen");
        var reply = await host.TextAsync(erika, MaterialsHost.Form(link: link));

        var expected = (Text)typeof(MaterialsTexts).GetField(textName)!.GetValue(null)!;
        Assert.Contains(expected.Format(MaterialLinks.MaxLength), reply);
        Assert.Empty(await host.Store.ActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_link_over_the_length_limit_and_a_10_KB_title_are_refused()
    {
        await using var host = await MaterialsHost.StartAsync();
        var erika = host.Erika();

        await host.TurnAsync(erika, "Material teilen");
        var longLink = await host.TextAsync(erika, MaterialsHost.Form(link: "https://example.org/" + new string('a', 1200)));
        var longTitle = await host.TextAsync(erika, MaterialsHost.Form(title: new string('T', 10 * 1024)));
        var title300 = await host.TextAsync(erika, MaterialsHost.Form(title: new string('T', 300)));

        Assert.Contains(MaterialsTexts.LinkTooLong.Format(MaterialLinks.MaxLength), longLink);
        Assert.Contains(RoutingTexts.TooLong.Format(4000), longTitle);
        Assert.Contains(MaterialsTexts.TitleTooLong.Format(MaterialFields.MaxTitle), title300);
        Assert.Empty(await host.Store.ActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Personal_data_in_title_or_description_is_refused_like_in_request_texts_and_nothing_is_stored()
    {
        await using var host = await MaterialsHost.StartAsync();
        var erika = host.Erika();

        var replies = await host.ShareAsync(erika, MaterialsHost.Form(description: "Fragen an Frau Schmidt, erika.muster@bielefeld.de, Tel. 0521 51-2345"));

        TextAssert.Contains(MaterialsTexts.PersonalDataFound, MaterialsHost.Visible(replies));
        Assert.Contains(MaterialsTexts.PiiEmail.German, MaterialsHost.Visible(replies));
        Assert.Empty(await host.Store.ActiveAsync(CancellationToken.None));
    }

    private static Activity TeamsFile() => new()
    {
        Type = ActivityTypes.Message,
        Text = "",
        Attachments =
        [
            new Attachment
            {
                ContentType = MaterialLinks.TeamsFileContentType, Name = "Flyer.pdf",
                ContentUrl = "https://contoso-my.sharepoint.com/personal/erika/Documents/Microsoft Teams Chat Files/Flyer.pdf",
                Content = new { downloadUrl = "https://contoso-my.sharepoint.com/download?tempauth=secret", fileType = "pdf" },
            },
        ],
    };

    private static Activity Image() => new() { Type = ActivityTypes.Message, Text = "", Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "https://smba.example/img.png" }] };

    private static string Forms(IEnumerable<IActivity> replies) =>
        string.Join("\n", replies.Where(reply => reply is IMessageActivity { Attachments.Count: > 0 }).Select(reply => ActivityAssert.Card(reply).ToString()));

    [Fact]
    public async Task A_file_attached_while_the_form_is_open_becomes_the_link_and_another_attachment_is_explained()
    {
        await using var host = await MaterialsHost.StartAsync();
        var erika = host.Erika();

        await host.TurnAsync(erika, "Material teilen");
        var refused = await host.TurnAsync(erika, Image());
        var taken = await host.TurnAsync(erika, TeamsFile());

        TextAssert.Contains(MaterialsTexts.AttachmentNotAFile, MaterialsHost.Visible(refused));
        TextAssert.Contains(MaterialsTexts.LinkTaken, MaterialsHost.Visible(taken));
        Assert.Contains("Microsoft%20Teams%20Chat%20Files/Flyer.pdf", Forms(taken));
        Assert.DoesNotContain("tempauth", Forms(taken) + MaterialsHost.Visible(taken));
        Assert.Empty(await host.Store.ActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_file_outside_a_flow_is_answered_with_what_the_bot_can_do_and_its_button_opens_the_form_with_the_link()
    {
        await using var host = await MaterialsHost.StartAsync();
        var erika = host.Erika();

        var image = await host.TurnAsync(erika, Image());
        var file = await host.TurnAsync(erika, TeamsFile());
        var form = await host.TurnAsync(erika, ActivityAssert.Click(file, MaterialsVerbs.Share));
        var empty = await host.TextAsync(erika, new Activity { Type = ActivityTypes.Message, Text = "" });

        TextAssert.Contains(MaterialsTexts.FileHint, MaterialsHost.Visible(image));
        Assert.DoesNotContain(MaterialsTexts.ShareFileButton.German, MaterialsHost.Visible(image) + Forms(image));
        TextAssert.Contains(MaterialsTexts.FileHint, MaterialsHost.Visible(file));
        Assert.True(Forms(form).Contains("material.submit"), MaterialsHost.Visible(form));
        Assert.Contains("Microsoft%20Teams%20Chat%20Files/Flyer.pdf", Forms(form));
        TextAssert.Contains(NrwBot.Dialogs.Routing.RoutingTexts.EmptyMessage, empty);
        Assert.Empty(await host.Store.ActiveAsync(CancellationToken.None));
    }
}
