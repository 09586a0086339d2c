using Newtonsoft.Json;
using NrwBot.Host.Data;

namespace NrwBot.Tests.Storage;

/// <summary>A type name in a stored state document instantiates only the bot's, the SDK's and plain framework types.</summary>
public sealed class StateSerializerTests
{
    [Theory]
    [InlineData("System.IO.FileInfo, System.Private.CoreLib")]
    [InlineData("System.Diagnostics.Process, System.Diagnostics.Process")]
    [InlineData("System.Collections.Generic.List`1[[System.IO.DirectoryInfo, System.Private.CoreLib]], System.Private.CoreLib")]
    [InlineData("System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Net.WebClient, System.Net.WebClient]], System.Private.CoreLib")]
    public void A_foreign_type_in_a_stored_document_is_refused(string typeName)
    {
        var document = """{"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib","state":{"$type":"""
            + JsonConvert.ToString(typeName) + "}}";

        // Twice: the second read meets the kept verdict, which must still be a refusal.
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var refused = Assert.Throws<JsonSerializationException>(() => StateSerializer.Deserialize(document));
            Assert.Contains("not allowed", refused.Message + refused.InnerException?.Message);
        }
    }

    [Fact]
    public void The_states_the_bot_keeps_round_trip_with_their_types()
    {
        var state = new Dictionary<string, object>
        {
            ["ids"] = new List<long> { 1, 2 },
            ["names"] = new Dictionary<string, string[]> { ["a"] = ["b"] },
            ["activity"] = new Microsoft.Bot.Schema.ConversationReference { ChannelId = "msteams" },
        };

        var read = (Dictionary<string, object>)StateSerializer.Deserialize(StateSerializer.Serialize(state))!;

        Assert.Equal([1L, 2L], (List<long>)read["ids"]);
        Assert.Equal("b", ((Dictionary<string, string[]>)read["names"])["a"][0]);
        Assert.Equal("msteams", ((Microsoft.Bot.Schema.ConversationReference)read["activity"]).ChannelId);
    }
}
