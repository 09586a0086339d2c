using System.Text;
using Microsoft.Bot.Schema;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Materials;
using NrwBot.Dialogs.Results;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Language;

namespace NrwBot.Tests.NetworkResults;

/// <summary>
/// „Ergebnisse erfassen“ with the protocol as a text file attached in the chat (Teams' file download info, Web Chat's
/// text/plain), downloaded from a real HTTP server on 127.0.0.1: the same parser and preview as pasted text; a PDF or an
/// image is refused with a clear message and nothing is stored.
/// </summary>
public sealed class ResultsFileTests
{
    private static readonly string Seed = File.ReadAllText(TestFiles.Data("workshop-results-nrweltoffen.txt"));

    private static Task<LoopbackFileServer> ServerAsync() => LoopbackFileServer.StartAsync(new()
    {
        ["/protocol.txt"] = (Encoding.UTF8.GetBytes(Seed), "text/plain; charset=utf-8"),
        ["/ansi.txt"] = (CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Seed), "application/octet-stream"),
        ["/flyer.pdf"] = ("%PDF-1.4\n%âãÏÓ\n1 0 obj\n"u8.ToArray(), "application/pdf"),
        ["/renamed.txt"] = ("%PDF-1.4\n1 0 obj\n"u8.ToArray(), "application/octet-stream"),
        ["/photo.png"] = ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "image/png"),
    });

    private static Task<BotTestHost> HostAsync(bool allowLoopbackHttp = true) => BotTestHost.StartAsync(builder =>
    {
        builder.Configuration["Lks:Members:0"] = BotTestHost.UserAadId;
        builder.Configuration["Results:Files:AllowLoopbackHttp"] = allowLoopbackHttp ? "true" : "false";
    });

    /// <summary>A file as Teams sends it from the personal chat: the OneDrive address and the short-lived download address.</summary>
    public static Activity TeamsFile(string downloadUrl, string name, string fileType, string text = "") => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Attachments =
        [
            new Attachment
            {
                ContentType = TurnAttachment.TeamsFile, Name = name,
                ContentUrl = "https://contoso-my.sharepoint.com/personal/anna/Documents/Microsoft Teams Chat Files/" + name,
                Content = new { downloadUrl, uniqueId = "1a2b", fileType },
            },
        ],
    };

    private static string Visible(IEnumerable<IActivity> replies) => string.Join("\n", replies.Select(ActivityAssert.VisibleText));

    [Fact]
    public async Task A_teams_text_file_after_Ergebnisse_erfassen_gives_the_preview_of_the_pasted_text_and_stores_once()
    {
        await using var server = await ServerAsync();
        await using var host = await HostAsync();
        var chat = host.Channel();

        await host.TurnAsync(chat, "Ergebnisse erfassen");
        var preview = await host.TurnAsync(chat, TeamsFile(server.BaseUrl + "/protocol.txt", "Protokoll.txt", "txt"));
        var before = await ResultsCaptureConversationTests.StoredAsync(host);
        var saved = await host.TurnAsync(chat, ActivityAssert.Click(preview, StoreResults.Verb));
        await host.TurnAsync(chat, ActivityAssert.Click(preview, StoreResults.Verb));

        Assert.Contains(ResultsTexts.PreviewIntro.Format(3, 14, 165), Visible(preview));
        Assert.Contains(ResultsTexts.OfficesFact.Format(19, 10), Visible(preview));
        Assert.Equal((0, 0), before);
        TextAssert.Contains(ResultsTexts.StoredInChat, Visible(saved));
        Assert.Equal((1, 165), await ResultsCaptureConversationTests.StoredAsync(host));
        Assert.Equal(["/protocol.txt"], server.Requests);
    }

    [Fact]
    public async Task The_command_with_the_file_attached_and_a_web_chat_text_file_in_windows_1252_read_the_same()
    {
        await using var server = await ServerAsync();
        await using var host = await HostAsync();
        var chat = host.Channel();

        var withCommand = await host.TurnAsync(chat, TeamsFile(server.BaseUrl + "/protocol.txt", "Protokoll.txt", "txt", text: "Ergebnisse erfassen"));
        await host.TurnAsync(chat, "Ergebnisse erfassen");
        var webChat = await host.TurnAsync(chat, new Activity
        {
            Type = ActivityTypes.Message, Text = "",
            Attachments = [new Attachment { ContentType = "text/plain", ContentUrl = server.BaseUrl + "/ansi.txt", Name = "Protokoll.txt" }],
        });

        Assert.Contains(ResultsTexts.PreviewIntro.Format(3, 14, 165), Visible(withCommand));
        Assert.Contains(ResultsTexts.PreviewIntro.Format(3, 14, 165), Visible(webChat));
        Assert.Contains("Düsseldorf", Visible(webChat));
    }

    [Theory]
    [InlineData("/flyer.pdf", "Flyer.pdf", "pdf")]
    [InlineData("/renamed.txt", "Protokoll.txt", "txt")]
    [InlineData("/photo.png", "Foto.png", "png")]
    public async Task A_pdf_or_an_image_is_refused_clearly_and_nothing_is_stored(string path, string name, string fileType)
    {
        await using var server = await ServerAsync();
        await using var host = await HostAsync();
        var chat = host.Channel();

        await host.TurnAsync(chat, "Ergebnisse erfassen");
        var refused = Visible(await host.TurnAsync(chat, TeamsFile(server.BaseUrl + path, name, fileType)));
        var image = Visible(await host.TurnAsync(chat, new Activity
        {
            Type = ActivityTypes.Message, Text = "", Attachments = [new Attachment { ContentType = "image/png", ContentUrl = server.BaseUrl + path }],
        }));

        TextAssert.Contains(ResultsTexts.FileNotText, refused);
        TextAssert.Contains(ResultsTexts.FileNotText, image);
        Assert.DoesNotContain(ResultsTexts.PreviewTitle.German, refused);
        Assert.Equal((0, 0), await ResultsCaptureConversationTests.StoredAsync(host));
    }

    [Fact]
    public async Task Only_https_is_downloaded_loopback_http_only_when_allowed_and_nothing_is_requested_otherwise()
    {
        await using var server = await ServerAsync();
        await using var host = await HostAsync(allowLoopbackHttp: false);
        var chat = host.Channel();

        await host.TurnAsync(chat, "Ergebnisse erfassen");
        var loopback = Visible(await host.TurnAsync(chat, TeamsFile(server.BaseUrl + "/protocol.txt", "Protokoll.txt", "txt")));
        var plainHttp = Visible(await host.TurnAsync(chat, TeamsFile("http://files.example.org/protocol.txt", "Protokoll.txt", "txt")));
        var script = Visible(await host.TurnAsync(chat, TeamsFile("javascript:alert(1)", "Protokoll.txt", "txt")));

        TextAssert.Contains(ResultsTexts.FileAddressRefused, loopback);
        TextAssert.Contains(ResultsTexts.FileAddressRefused, plainHttp);
        TextAssert.Contains(ResultsTexts.FileAddressRefused, script);
        Assert.Empty(server.Requests);
        Assert.Equal((0, 0), await ResultsCaptureConversationTests.StoredAsync(host));
    }

    [Fact]
    public async Task A_normal_user_sending_a_protocol_file_gets_the_file_answer_or_the_lks_refusal_and_nothing_is_downloaded()
    {
        await using var server = await ServerAsync();
        await using var host = await BotTestHost.StartAsync(builder => builder.Configuration["Results:Files:AllowLoopbackHttp"] = "true");
        var chat = host.Channel();

        var alone = Visible(await host.TurnAsync(chat, TeamsFile(server.BaseUrl + "/protocol.txt", "Protokoll.txt", "txt")));
        var withCommand = Visible(await host.TurnAsync(chat, TeamsFile(server.BaseUrl + "/protocol.txt", "Protokoll.txt", "txt", text: "Ergebnisse erfassen")));

        TextAssert.Contains(MaterialsTexts.FileHint, alone);
        TextAssert.Contains(ResultsTexts.OnlyForLks, withCommand);
        Assert.Empty(server.Requests);
        Assert.Equal((0, 0), await ResultsCaptureConversationTests.StoredAsync(host));
    }
}
