namespace NrwBot.Host.Digest;

/// <summary>Section "Lks": the Entra object ids of the LKS staff (Teams: user → "Objekt-ID" in Entra ID).</summary>
public sealed class LksOptions
{
    public const string SectionName = "Lks";

    public List<string> Members { get; set; } = [];
}
