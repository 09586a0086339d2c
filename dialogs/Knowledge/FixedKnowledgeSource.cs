namespace NrwBot.Dialogs.Knowledge;

/// <summary>A knowledge base that never changes: for tests and for the command line.</summary>
public sealed class FixedKnowledgeSource(KnowledgeSnapshot snapshot) : IKnowledgeSource
{
    public KnowledgeSnapshot Current { get; } = snapshot;
}
