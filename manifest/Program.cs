namespace NrwBot.Manifest;

// Not top-level statements: those would add a global `Program` type beside the host's in every assembly that
// references both projects (the tests do).
internal static class Program
{
    // dotnet run --project manifest -- --app-id <GUID> --bot-id <GUID>  →  manifest/build/nrwbot.zip
    private static int Main(string[] args) =>
        PackageCommand.Run(args, Environment.GetEnvironmentVariable, Console.Out, Console.Error);
}
