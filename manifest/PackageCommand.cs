namespace NrwBot.Manifest;

/// <summary>The command line of the packaging tool, callable from tests without starting a process.</summary>
public static class PackageCommand
{
    public static int Run(IReadOnlyList<string> args, Func<string, string?> environment, TextWriter output, TextWriter error)
    {
        var (commandLine, problem) = CommandLine.Parse(args);
        if (commandLine is null)
        {
            error.WriteLine(problem);
            return ExitCodes.Usage;
        }

        if (commandLine.ShowHelp)
        {
            output.WriteLine(PackagerTexts.Usage);
            return ExitCodes.Success;
        }

        var source = commandLine.Source is { } given ? Path.GetFullPath(given) : ManifestFolder.Locate();
        if (source is null || !File.Exists(Path.Combine(source, AppPackageBuilder.ManifestFile)))
        {
            error.WriteLine(PackagerTexts.SourceNotFound);
            return ExitCodes.Usage;
        }

        return commandLine.DrawIcons ? DrawIcons(source, output) : Package(commandLine, source, environment, output, error);
    }

    private static int DrawIcons(string source, TextWriter output)
    {
        IconGenerator.WriteIcons(source);
        output.WriteLine(PackagerTexts.IconsWritten(source));
        return ExitCodes.Success;
    }

    private static int Package(CommandLine commandLine, string source, Func<string, string?> environment, TextWriter output, TextWriter error)
    {
        var (ids, idProblem) = AppIds.Resolve(commandLine.AppId, commandLine.BotId, environment);
        if (ids is null)
        {
            error.WriteLine(idProblem);
            return ExitCodes.Usage;
        }

        var zipPath = Path.GetFullPath(commandLine.Output ?? AppPackageBuilder.DefaultZipPath(source));
        var result = AppPackageBuilder.WithEmbeddedSchemas().Build(source, ids, zipPath);
        if (!result.Succeeded)
        {
            error.WriteLine(PackagerTexts.PackageInvalid(result.Problems));
            return ExitCodes.InvalidPackage;
        }

        output.WriteLine(PackagerTexts.PackageBuilt(result.ZipPath, ids));
        return ExitCodes.Success;
    }
}
