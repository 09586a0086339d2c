namespace NrwBot.Dialogs.Knowledge.Learning;

/// <summary>What the LKS types on text channels for the learning commands (words the bot understands, not texts it says).</summary>
public static class KnowledgeLearningPatterns
{
    public const string ReturnPattern = @"^entwurf\s+#?(?<id>\d{1,18})\s+(?:zurück|zurueck)\s*:\s*(?<comment>[\s\S]+)$";
}
