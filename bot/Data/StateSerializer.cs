using System.Collections.Concurrent;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace NrwBot.Host.Data;

/// <summary>
/// Serializes state with its .NET types (as the SDK's MemoryStorage does), so typed objects round-trip.
/// A type name in a stored document must never be a way to instantiate arbitrary classes, so only these are
/// honoured: the bot's own types, the Bot Framework's, Newtonsoft's JSON tokens, and from the framework only plain
/// values (string, numbers, dates, Guid, …) and the generic collections — each generic argument and array element
/// checked the same way. Anything else in a stored document is refused (<see cref="JsonSerializationException"/>).
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
        private static readonly string[] TrustedAssemblyPrefixes = ["NrwBot.", "Microsoft.Bot."];

        private static readonly HashSet<Type> FrameworkValues =
        [
            typeof(object), typeof(string), typeof(bool), typeof(char), typeof(byte), typeof(short), typeof(int), typeof(long),
            typeof(float), typeof(double), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly),
            typeof(TimeOnly), typeof(TimeSpan), typeof(Guid), typeof(Uri),
        ];

        private static readonly HashSet<Type> FrameworkCollections =
        [
            typeof(Nullable<>), typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(SortedDictionary<,>),
            typeof(KeyValuePair<,>), typeof(Queue<>),
        ];

        // Every state read of every turn binds the same few types: the verdict is kept per type (the check reads the
        // assembly's name, which allocates, and walks generic arguments).
        private static readonly ConcurrentDictionary<Type, bool> Verdicts = new();

        public override Type BindToType(string? assemblyName, string typeName)
        {
            var type = base.BindToType(assemblyName, typeName);
            if (!Verdicts.GetOrAdd(type, IsTrusted)) throw new JsonSerializationException($"Type '{type.FullName}' is not allowed in bot state.");
            return type;
        }

        private static bool IsTrusted(Type type)
        {
            if (type.IsArray) return IsTrusted(type.GetElementType()!);
            if (type.IsGenericType && !type.IsGenericTypeDefinition)
                return IsTrustedDefinition(type.GetGenericTypeDefinition()) && type.GetGenericArguments().All(IsTrusted);
            return IsTrustedDefinition(type);
        }

        private static bool IsTrustedDefinition(Type type)
        {
            var assembly = type.Assembly.GetName().Name ?? "";
            if (TrustedAssemblyPrefixes.Any(prefix => assembly.StartsWith(prefix, StringComparison.Ordinal))) return true;
            if (type.Namespace == "Newtonsoft.Json.Linq") return true;
            return FrameworkValues.Contains(type) || FrameworkCollections.Contains(type);
        }
    }
}
