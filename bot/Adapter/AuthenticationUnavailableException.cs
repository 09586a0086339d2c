namespace NrwBot.Host.Adapter;

/// <summary>
/// The channel's OpenID metadata or signing keys could not be fetched, so no token can be checked at all:
/// the endpoint answers 503 (the channel retries) instead of 401 (which would blame the sender's token).
/// </summary>
public sealed class AuthenticationUnavailableException(string message, Exception inner) : Exception(message, inner);
