namespace NrwBot.Dialogs.Knowledge;

/// <summary>Where the current knowledge base comes from: the watched content folder in the bot, a fixed one in tests.</summary>
public interface IKnowledgeSource
{
    KnowledgeSnapshot Current { get; }
}
