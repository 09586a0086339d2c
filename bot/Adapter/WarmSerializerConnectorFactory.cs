using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest.Serialization;

namespace NrwBot.Host.Adapter;

/// <summary>
/// Hands out the inner factory's connector clients with their contract resolvers replaced by two shared,
/// warm ones of the same type and configuration. The settings objects themselves stay the client's own,
/// so converters, date handling and null handling are exactly what the SDK sets up.
/// </summary>
public sealed class WarmSerializerConnectorFactory(ConnectorFactory inner) : ConnectorFactory
{
    // DefaultContractResolver caches contracts per type and is safe to share between threads.
    private static readonly ReadOnlyJsonContractResolver SharedSerializationResolver = new();
    private static readonly ReadOnlyJsonContractResolver SharedDeserializationResolver = new();

    public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        var client = await inner.CreateAsync(serviceUrl, audience, cancellationToken);
        if (client is ConnectorClient connector) ShareResolvers(connector);
        return client;
    }

    public static void ShareResolvers(ConnectorClient connector)
    {
        connector.SerializationSettings.ContractResolver = SharedSerializationResolver;
        connector.DeserializationSettings.ContractResolver = SharedDeserializationResolver;
    }
}
