namespace NrwBot.Manifest;

/// <summary>The outcome of one packaging run: the zip and its entries, or why no zip was written.</summary>
public sealed record PackageResult(string ZipPath, IReadOnlyList<string> Entries, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
