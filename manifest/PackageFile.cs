namespace NrwBot.Manifest;

/// <summary>A file manifest.json refers to, which therefore goes into the zip next to it.</summary>
public sealed record PackageFile(string Name, PackageFileKind Kind);
