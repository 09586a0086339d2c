namespace NrwBot.Dialogs.Materials;

/// <summary>The card verbs of the Materialbörse without data (those with data are typed actions such as <see cref="ShowSimilarConcepts"/>).</summary>
public static class MaterialsVerbs
{
    public const string Share = "materials.share";
    public const string Mine = "materials.mine";
}
