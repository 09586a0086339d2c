using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest.Serialization;

namespace NrwBot.Host.Adapter;

/// <summary>
/// Hands out the inner factory's connector clients with their contract resolvers replaced by two shared,
/// warm ones of the same type and configuration. The settings objects themselves stay the client's own,
/// so converters, date handling and null handling are exactly what the SDK sets up. With a cache, the clients
/// are also kept per service URL across turns (<see cref="ConnectorClientCache"/>).
/// </summary>
public sealed class WarmSerializerConnectorFactory(ConnectorFactory inner, ConnectorClientCache? cache = null, string app = "") : ConnectorFactory
{
    // DefaultContractResolver caches contracts per type and is safe to share between threads.
    private static readonly ReadOnlyJsonContractResolver SharedSerializationResolver = new();
    private static readonly ReadOnlyJsonContractResolver SharedDeserializationResolver = new();

    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        cache is null
            ? CreateWarmAsync(serviceUrl, audience, cancellationToken)
            : cache.GetAsync(app, serviceUrl, audience, () => CreateWarmAsync(serviceUrl, audience, cancellationToken));

    private async Task<IConnectorClient> CreateWarmAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
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
