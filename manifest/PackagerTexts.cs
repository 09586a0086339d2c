namespace NrwBot.Manifest;

/// <summary>Everything the packaging tool says, German first and English after it, in one place.</summary>
public static class PackagerTexts
{
    public static readonly (string German, string English) AppIdName = ("Teams-App-ID", "Teams app id");
    public static readonly (string German, string English) BotIdName = ("Bot-ID (Microsoft App ID)", "bot id (Microsoft App ID)");

    public const string Usage = """
        NrwBot – Teams-App-Paket bauen / build the Teams app package

          dotnet run --project manifest -- --app-id <GUID> --bot-id <GUID> [--output <zip>] [--source <folder>]
          dotnet run --project manifest -- icons [--source <folder>]

          --app-id   Teams-App-ID (sonst/else NRWBOT_TEAMS_APP_ID)
          --bot-id   Microsoft App ID des Bots (sonst/else MicrosoftAppId)
          --output   Ziel / target, Standard / default: manifest/build/nrwbot.zip
          icons      zeichnet / draws color.png (192×192) und / and outline.png (32×32) neu / anew
        """;

    public static string IdsRefused(IEnumerable<IdProblem?> problems)
    {
        var named = problems.OfType<IdProblem>().ToList();
        var german = string.Join("; ", named.Select(p => p.Value is null
            ? $"{p.Name.German} fehlt ({p.Option} <GUID> angeben oder {p.Variable} setzen)"
            : $"{p.Name.German} „{p.Value}“ ist keine gültige GUID der Form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, nicht nur Nullen ({p.Option} oder {p.Variable})"));
        var english = string.Join("; ", named.Select(p => p.Value is null
            ? $"{p.Name.English} is missing (pass {p.Option} <GUID> or set {p.Variable})"
            : $"{p.Name.English} \"{p.Value}\" is not a valid GUID of the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, not all zeros ({p.Option} or {p.Variable})"));
        return $"Paket nicht gebaut: {german}. / Package not built: {english}.";
    }

    public static string UnknownArgument(string argument) =>
        $"Unbekanntes Argument / unknown argument: {argument}\n\n{Usage}";

    public static string MissingValue(string option) =>
        $"{option} braucht einen Wert / needs a value.\n\n{Usage}";

    public const string SourceNotFound =
        "Ordner mit manifest.json nicht gefunden – bitte --source <Ordner> angeben. / Folder with manifest.json not found – pass --source <folder>.";

    public static string PackageInvalid(IEnumerable<string> problems) =>
        "Paket nicht gebaut, das Manifest ist ungültig / package not built, the manifest is invalid:\n  - " + string.Join("\n  - ", problems);

    public static string PackageBuilt(string zipPath, AppIds ids) =>
        $"Teams-App-Paket gebaut / Teams app package built: {zipPath} (App-ID {ids.AppId}, Bot-ID {ids.BotId})";

    public static string IconsWritten(string folder) =>
        $"Icons geschrieben / icons written: {Path.Combine(folder, "color.png")}, {Path.Combine(folder, "outline.png")}";

    public static string PlaceholderLeft(string placeholder) => $"manifest.json: placeholder {placeholder} was not replaced";
    public static string VersionNotSemver(string version) => $"manifest.json /version: \"{version}\" is not MAJOR.MINOR.PATCH (e.g. 1.0.0), which Teams requires";
    public static string FileMissing(string file) => $"{file}: referenced by manifest.json but not found next to it";
    public static string FileNotAtRoot(string file) => $"{file}: must be a plain file name, Teams expects every file at the root of the zip";
    public static string NotJson(string file, string reason) => $"{file}: not valid JSON ({reason})";
    public static string SchemaProblem(string file, string problem) => $"{file} {problem}";
    public static string IconSize(string file, int expected, int width, int height) => $"{file}: must be {expected}×{expected} pixels, is {width}×{height}";
    public static string IconNotPng(string file) => $"{file}: is not a PNG image";
    public static string OutlineNotWhite(string file, int x, int y) =>
        $"{file}: pixel ({x},{y}) is neither white nor fully transparent; Teams shows the outline icon white on transparent";
    public static string OutlineEmpty(string file) => $"{file}: has no visible pixel";
    public static string ColorNotOpaque(string file, int x, int y) =>
        $"{file}: pixel ({x},{y}) is not fully opaque; the color icon needs a full-bleed background";
}
