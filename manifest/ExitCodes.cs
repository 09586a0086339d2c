namespace NrwBot.Manifest;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The sources do not make a valid package (schema, icons, files).</summary>
    public const int InvalidPackage = 1;

    /// <summary>The call itself is wrong: ids missing or not GUIDs, unknown arguments, no source folder.</summary>
    public const int Usage = 2;
}
