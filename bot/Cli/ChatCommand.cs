using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using NrwBot.Host.Hosting;

namespace NrwBot.Host.Cli;

/// <summary>
/// "chat": the real bot, adapter and storage, on a loopback port, with a console as the channel. Each line
/// of input is posted over HTTP to /api/messages like a channel would; the replies come back through the
/// Bot Framework connector protocol and are printed as text (the console is a channel without cards).
/// </summary>
public static class ChatCommand
{
    public static async Task<int> RunAsync(TextReader input, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        var connector = new LoopbackConnector();
        await using var app = NrwBotApp.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration["MicrosoftAppId"] = "";
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
            // The terminal is the chat: only warnings and errors, and those on standard error.
            builder.Configuration["Logging:LogLevel:Default"] = "Warning";
            builder.Configuration["Logging:LogLevel:Microsoft"] = "Warning";
        }, new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = ContentPaths.Root() });
        connector.Map(app);
        await app.StartAsync(cancellationToken);
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var session = new ChatSession(http, baseUrl, connector);

        if (interactive)
        {
            output.WriteLine("NrwBot im Terminal. Schreiben Sie eine Nachricht; Strg+D beendet.");
            await session.SendAsync(session.ConversationUpdate(), output, cancellationToken);
        }
        while (true)
        {
            if (interactive) output.Write("> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null) break;
            if (line.Trim().Length == 0) continue;
            await session.SendAsync(session.Message(line), output, cancellationToken);
        }
        await app.StopAsync(cancellationToken);
        return 0;
    }

    private sealed class ChatSession(HttpClient http, string serviceUrl, LoopbackConnector connector)
    {
        private readonly ChatActivities _activities = new(serviceUrl);

        public Activity Message(string text) => _activities.Message(text);

        public Activity ConversationUpdate() => _activities.ConversationUpdate();

        public async Task SendAsync(Activity activity, TextWriter output, CancellationToken cancellationToken)
        {
            var json = JsonConvert.SerializeObject(activity, HttpHelper.BotMessageSerializerSettings);
            using var response = await http.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"), cancellationToken);
            if (!response.IsSuccessStatusCode) output.WriteLine($"[Fehler {(int)response.StatusCode}]");
            foreach (var reply in connector.TakeAll().Where(reply => reply.Type == ActivityTypes.Message))
            {
                output.WriteLine(reply.Text ?? reply.Summary ?? "");
                output.WriteLine();
            }
            await output.FlushAsync(cancellationToken);
        }
    }
}
