namespace NrwBot.Tests;

public class SafeTextTests
{
    [Fact]
    public void Escape_makes_markdown_literal()
    {
        Assert.Equal("\\*\\*fett\\*\\* \\[x\\](y)", NrwBot.Dialogs.Conversation.SafeText.Escape("**fett** [x](y)"));
    }
}
