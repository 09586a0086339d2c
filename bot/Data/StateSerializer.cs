using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace NrwBot.Host.Data;

/// <summary>
/// Serializes state with its .NET types (as the SDK's MemoryStorage does), so typed objects round-trip.
/// Type names are only honoured for the bot's own, the SDK's and the framework's types: the database is
/// ours, but a type name must never be a way to instantiate arbitrary classes.
/// </summary>
public static class StateSerializer
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new TrustedTypesBinder(),
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        MaxDepth = null,
    };

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    public static object? Deserialize(string json) => JsonConvert.DeserializeObject(json, Settings);

    private sealed class TrustedTypesBinder : DefaultSerializationBinder
    {
        private static readonly string[] TrustedAssemblyPrefixes =
            ["NrwBot.", "Microsoft.Bot.", "System.", "mscorlib", "Newtonsoft.Json"];

        public override Type BindToType(string? assemblyName, string typeName)
        {
            if (assemblyName is not null && !TrustedAssemblyPrefixes.Any(prefix => assemblyName.StartsWith(prefix, StringComparison.Ordinal)))
                throw new JsonSerializationException($"Type from assembly '{assemblyName}' is not allowed in bot state.");
            return base.BindToType(assemblyName, typeName);
        }
    }
}
