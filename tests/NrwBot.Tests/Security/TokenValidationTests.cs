using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using NrwBot.Host.Data;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Security;

/// <summary>
/// Tokens signed here, checked by the real SDK against OpenID metadata served on 127.0.0.1: a valid one runs the
/// turn, every kind of bad one is a 401 with one warning line that does not contain the token, and metadata that
/// cannot be fetched is a 503.
/// </summary>
public sealed class TokenValidationTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ServiceUrl = "http://127.0.0.1:9/";

    public enum Forgery { WrongAudience, WrongIssuer, Expired, UnknownKey, AlgNone, Garbage, WrongServiceUrl }

    [Fact]
    public async Task A_valid_token_runs_the_turn()
    {
        await using var issuer = await LocalOpenIdIssuer.StartAsync();
        var logs = new CapturedLogs();
        await using var bot = await StartAsync(issuer.MetadataUrl, logs);

        var response = await PostAsync(bot, issuer.Token(AppId, ServiceUrl), "valid-1");

        Assert.True(response.StatusCode == HttpStatusCode.OK, string.Join("\n", logs.Lines.Where(line => line.Level >= LogLevel.Warning).Select(line => line.Text)));
        Assert.Equal(1, await RememberedConversationsAsync(bot));
    }

    [Theory]
    [InlineData(Forgery.WrongAudience)]
    [InlineData(Forgery.WrongIssuer)]
    [InlineData(Forgery.Expired)]
    [InlineData(Forgery.UnknownKey)]
    [InlineData(Forgery.AlgNone)]
    [InlineData(Forgery.Garbage)]
    [InlineData(Forgery.WrongServiceUrl)]
    public async Task A_bad_token_is_401_with_one_warning_without_the_token_and_no_turn(Forgery forgery)
    {
        await using var issuer = await LocalOpenIdIssuer.StartAsync();
        var logs = new CapturedLogs();
        await using var bot = await StartAsync(issuer.MetadataUrl, logs);
        using var otherKey = RSA.Create(2048);
        var token = forgery switch
        {
            Forgery.WrongAudience => issuer.Token("99999999-0000-0000-0000-000000000000", ServiceUrl),
            Forgery.WrongIssuer => issuer.Token(AppId, ServiceUrl, issuer: "https://sts.windows.net/attacker/"),
            Forgery.Expired => issuer.Token(AppId, ServiceUrl, expires: DateTime.UtcNow.AddHours(-1)),
            Forgery.UnknownKey => issuer.Token(AppId, ServiceUrl, signWith: otherKey, keyId: "attacker-key"),
            Forgery.AlgNone => LocalOpenIdIssuer.UnsignedToken(AppId, ServiceUrl),
            Forgery.Garbage => "not.a-jwt.at-all%%",
            _ => issuer.Token(AppId, "https://attacker.example/"),
        };

        var response = await PostAsync(bot, token, "forged-1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await RememberedConversationsAsync(bot));
        var warnings = logs.Lines.Where(line => line.Level >= LogLevel.Warning).ToList();
        Assert.Single(warnings);
        Assert.DoesNotContain(logs.Lines, line => line.Text.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metadata_that_cannot_be_fetched_is_503_not_401()
    {
        var unreachable = "http://127.0.0.1:9/.well-known/openidconfiguration";
        LocalOpenIdIssuer.AllowPlainHttp(unreachable);
        await using var issuer = await LocalOpenIdIssuer.StartAsync();
        await using var bot = await StartAsync(unreachable, new CapturedLogs());

        var response = await PostAsync(bot, issuer.Token(AppId, ServiceUrl), "valid-2");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(0, await RememberedConversationsAsync(bot));
    }

    private static Task<RunningBot> StartAsync(string metadataUrl, CapturedLogs logs) => RunningBot.StartAsync(builder =>
    {
        builder.Configuration["MicrosoftAppId"] = AppId;
        builder.Configuration["MicrosoftAppPassword"] = "not-a-real-secret";
        builder.Configuration["ToBotFromChannelOpenIdMetadataUrl"] = metadataUrl;
        builder.Configuration["ToBotFromChannelTokenIssuer"] = LocalOpenIdIssuer.Issuer;
        // With one of these keys set the SDK takes every endpoint from the configuration: the public cloud's values.
        builder.Configuration["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com";
        builder.Configuration["ToChannelFromBotOAuthScope"] = "https://api.botframework.com";
        builder.Configuration["ToBotFromEmulatorOpenIdMetadataUrl"] = metadataUrl;
        builder.Configuration["OAuthUrl"] = "https://api.botframework.com";
        builder.Configuration["ValidateAuthority"] = "true";
        builder.Logging.AddProvider(logs);
    });

    /// <summary>A channel message without @mention: the turn runs (and remembers the conversation) but sends nothing.</summary>
    private static async Task<HttpResponseMessage> PostAsync(RunningBot bot, string token, string id)
    {
        var activity = JObject.Parse(TeamsActivities.PersonalMessage(ServiceUrl, "Hallo zusammen", id));
        activity["conversation"]!["conversationType"] = "channel";
        activity["conversation"]!["id"] = "19:general@thread.tacv2";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await bot.Http.SendAsync(request);
    }

    private static async Task<int> RememberedConversationsAsync(RunningBot bot)
    {
        var contexts = bot.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Conversations.CountAsync();
    }
}
