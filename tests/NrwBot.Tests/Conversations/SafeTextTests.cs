using NrwBot.Dialogs.Conversation;

namespace NrwBot.Tests.Conversations;

/// <summary>Text a user wrote is repeated literally: Markdown and HTML in it cannot change what the bot shows.</summary>
public sealed class SafeTextTests
{
    [Theory]
    [InlineData("**fett** [x](y)", "\\*\\*fett\\*\\* \\[x\\](y)")]
    [InlineData("<b>laut</b>", "\\<b\\>laut\\</b\\>")]
    [InlineData("# Titel | Spalte", "\\# Titel \\| Spalte")]
    [InlineData("Kreis Düren, 12.05.", "Kreis Düren, 12.05.")]
    public void Escape_makes_markdown_and_html_literal(string input, string expected) => Assert.Equal(expected, SafeText.Escape(input));

    [Fact]
    public void Shorten_cuts_on_a_word_boundary_and_marks_the_cut() =>
        Assert.Equal("Fortbildung zur…", SafeText.Shorten("Fortbildung zur Pressearbeit im Kreis", 20));
}
