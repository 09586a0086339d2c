namespace NrwBot.Tests.Language;

/// <summary>Where the tests of this area find content files (copied next to the binaries) and data sets.</summary>
internal static class TestFiles
{
    public static string Content(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "content", .. parts]);

    // The data sets are not copied to the output yet, so they are read from the repository itself.
    public static string Data(string name) => Path.Combine(RepositoryRoot(), "tests", "data", name);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NrwBot.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("NrwBot.sln not found above " + AppContext.BaseDirectory);
    }
}
