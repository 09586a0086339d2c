using System.Globalization;

namespace NrwBot.LoadTest;

/// <summary>Command line: --conversations 32 --seconds 15 --warmup 3 --targets stock-echo,nrwbot-help,warm-echo</summary>
public sealed record LoadOptions(int Conversations, TimeSpan Duration, TimeSpan Warmup, IReadOnlyList<string> Targets)
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
            TimeSpan.FromSeconds(double.Parse(Value("--seconds", "15"), CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(Value("--warmup", "3"), CultureInfo.InvariantCulture)),
            Value("--targets", $"{BotServer.StockEcho},{BotServer.NrwBotHelp},{BotServer.WarmEcho}").Split(','));
    }
}
