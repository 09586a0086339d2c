using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using NrwBot.Tests.Knowledge;

namespace NrwBot.Tests.Deployment;

/// <summary>
/// The bot's own build folder (bot/bin/&lt;configuration&gt;/net10.0): the same layout `dotnet publish bot` produces
/// (binaries, appsettings.json, content/, the `nrwbot` script), started as a separate process from a working
/// directory that has nothing of the bot in it.
/// </summary>
internal static class BuiltBot
{
    public static string Folder
    {
        get
        {
            var configuration = typeof(BuiltBot).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            return KnowledgeFixtures.RepositoryFile("bot", "bin", configuration, "net10.0");
        }
    }

    public static string Executable => Path.Combine(Folder, "nrwbot");

    public static ProcessStartInfo Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        // Whatever the test runner's environment says about content roots and environments does not apply here.
        start.Environment.Remove("ASPNETCORE_CONTENTROOT");
        start.Environment.Remove("DOTNET_CONTENTROOT");
        return start;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
