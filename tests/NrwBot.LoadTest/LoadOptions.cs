using System.Globalization;

namespace NrwBot.LoadTest;

/// <summary>
/// Command line: --conversations 32 --in-flight 1 --seconds 15 --warmup 3 --targets warm-echo,nrwbot-help,nrwbot-question
/// --production (production logging on standard output and telemetry exported over OTLP, in every target).
/// </summary>
public sealed record LoadOptions(int Conversations, int InFlight, TimeSpan Duration, TimeSpan Warmup, IReadOnlyList<string> Targets, bool Production)
{
    public static LoadOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }
        return new LoadOptions(
            int.Parse(Value("--conversations", "32"), CultureInfo.InvariantCulture),
            int.Parse(Value("--in-flight", "1"), CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(Value("--seconds", "15"), CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(Value("--warmup", "3"), CultureInfo.InvariantCulture)),
            Value("--targets", $"{BotServer.StockEcho},{BotServer.NrwBotHelp},{BotServer.WarmEcho}").Split(','),
            args.Contains("--production"));
    }
}
