using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace NrwBot.Host.Adapter;

/// <summary>
/// A cached <see cref="ConnectorClient"/> as a turn sees it: the SDK disposes everything in the turn state at the
/// end of a turn, and disposing a ConnectorClient ends it for good, so this view ignores Dispose and the client
/// lives on for the next turn to the same channel endpoint.
/// </summary>
public sealed class SharedConnectorClient(ConnectorClient inner) : IConnectorClient
{
    public ConnectorClient Inner => inner;

    public Uri BaseUri
    {
        get => inner.BaseUri;
        set => inner.BaseUri = value;
    }

    public JsonSerializerSettings SerializationSettings => inner.SerializationSettings;
    public JsonSerializerSettings DeserializationSettings => inner.DeserializationSettings;
    public ServiceClientCredentials Credentials => inner.Credentials;
    public IAttachments Attachments => inner.Attachments;
    public IConversations Conversations => inner.Conversations;

    public void Dispose()
    {
    }
}
