namespace NrwBot.Tests.Requests;

/// <summary>People in the requests tests: a Fachkraft, two LKS members (configured), someone else.</summary>
public sealed record TestPerson(string Id, string Name, string AadObjectId)
{
    public static readonly TestPerson Erika = new("29:user-erika", "Erika Musterfrau", "aad-erika-0001");
    public static readonly TestPerson Anna = new("29:user-anna", "Anna Schmidt", "aad-anna-lks");
    public static readonly TestPerson Ben = new("29:user-ben", "Ben Weber", "aad-ben-lks");
    public static readonly TestPerson Carl = new("29:user-carl", "Carl Klein", "aad-carl-0003");

    public string Key => "user:" + AadObjectId;
}
