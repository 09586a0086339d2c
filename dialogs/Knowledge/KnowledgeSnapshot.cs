namespace NrwBot.Dialogs.Knowledge;

/// <summary>One loaded knowledge base with its index; replaced as a whole when the content changes.</summary>
public sealed record KnowledgeSnapshot(KnowledgeBase Base, KnowledgeIndex Index)
{
    public static KnowledgeSnapshot Build(KnowledgeBase knowledgeBase, KnowledgeOptions options) => new(knowledgeBase, new KnowledgeIndex(knowledgeBase, options));
}
