using NrwBot.Dialogs.Routing;

namespace NrwBot.Dialogs.Materials;

/// <summary>
/// Adds the Materialbörse to the route table. Edit, withdraw and re-share check owner-or-LKS per material in the
/// feature (not a route guard: owners are not LKS); example questions rank as stated needs, before topic (contact) patterns.
/// </summary>
public static class MaterialsRoutes
{
    public static RouteTable AddMaterials(this RouteTable routes, MaterialsFeature materials) => routes
        .Verb(MaterialsVerbs.Share, materials.ShareAsync)
        .Verb(MaterialsVerbs.Mine, materials.MineAsync)
        .Action<ShowSimilarConcepts>(materials.SimilarAsync)
        .Action<ContactAuthor>(materials.ContactAsync)
        .Action<EditMaterial>(materials.EditAsync)
        .Action<WithdrawMaterial>(materials.WithdrawAsync)
        .Action<ReshareMaterial>(materials.ReshareAsync)
        .Command(MaterialsPatterns.ShareWords, materials.ShareAsync)
        .Command(MaterialsPatterns.SearchAllWords, materials.SearchAllAsync)
        .Command(MaterialsPatterns.MineWords, materials.MineAsync)
        .Pattern(MaterialsPatterns.ChangePattern, materials.ChangeByWordsAsync, RouteRank.Command)
        .Pattern(MaterialsPatterns.SimilarPattern, materials.SimilarForMineAsync, RouteRank.Command)
        .Pattern(MaterialsPatterns.SearchPattern, materials.SearchAsync, RouteRank.Command)
        .Pattern(MaterialsPatterns.ExampleQuestionPattern, materials.SearchAsync, RouteRank.Need)
        .Pattern(MaterialsPatterns.KindFirstPattern, materials.SearchAsync, RouteRank.Need)
        .Files(materials.FileAsync)
        .Flow(materials.Flow);
}
