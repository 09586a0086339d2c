namespace NrwBot.Manifest;

/// <summary>The two ids a Teams app package needs: the app's own id and the bot's Microsoft App ID.</summary>
public sealed record AppIds(Guid AppId, Guid BotId)
{
    public const string AppIdVariable = "NRWBOT_TEAMS_APP_ID";
    public const string BotIdVariable = "MicrosoftAppId";

    /// <summary>
    /// Takes each id from its command-line value, else from its environment variable. Returns the ids, or one
    /// message naming every id that is missing or not a GUID.
    /// </summary>
    public static (AppIds? Ids, string? Problem) Resolve(string? appIdArgument, string? botIdArgument, Func<string, string?> environment)
    {
        var appId = Parse(appIdArgument ?? environment(AppIdVariable), PackagerTexts.AppIdName, "--app-id", AppIdVariable);
        var botId = Parse(botIdArgument ?? environment(BotIdVariable), PackagerTexts.BotIdName, "--bot-id", BotIdVariable);
        if (appId.Id is { } app && botId.Id is { } bot)
        {
            return (new AppIds(app, bot), null);
        }

        return (null, PackagerTexts.IdsRefused([appId.Problem, botId.Problem]));
    }

    private static (Guid? Id, IdProblem? Problem) Parse(string? value, (string German, string English) name, string option, string variable)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, new IdProblem(name, option, variable, null));
        }

        // Teams accepts only the hyphenated 8-4-4-4-12 form, and an all-zero id is never a registered app.
        return Guid.TryParseExact(value.Trim(), "D", out var id) && id != Guid.Empty
            ? (id, null)
            : (null, new IdProblem(name, option, variable, value.Trim()));
    }
}
