using System.Net.Sockets;
using Microsoft.IdentityModel.Tokens;

namespace NrwBot.Host.Adapter;

/// <summary>
/// Sorts what the SDK throws while checking a token into the two answers the endpoint gives. The SDK throws
/// many types for a bad token (UnauthorizedAccessException, SecurityTokenMalformedException,
/// SecurityTokenInvalidSignatureException, SecurityTokenSignatureKeyNotFoundException, ArgumentException for a
/// bearer that is not a JWT at all, …): every one of them means 401. Only a failure to fetch the OpenID
/// metadata or its keys means the check itself could not run (503).
/// </summary>
public static class TokenFailure
{
    /// <summary>The exception to throw instead: <see cref="UnauthorizedAccessException"/> or <see cref="AuthenticationUnavailableException"/>.</summary>
    public static Exception Classify(Exception error)
    {
        if (error is UnauthorizedAccessException) return error;
        if (IsMetadataFailure(error)) return new AuthenticationUnavailableException("The OpenID metadata could not be fetched", error);
        // The reason names the exception type only: IdentityModel messages may quote parts of the token.
        return new UnauthorizedAccessException(error.GetType().Name, error);
    }

    /// <summary>The short reason for the log line: never the token, never the full message.</summary>
    public static string ReasonOf(UnauthorizedAccessException error) =>
        error.InnerException?.GetType().Name ?? (error.Message.Length <= 80 ? error.Message : error.Message[..80]);

    private static bool IsMetadataFailure(Exception error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            // IDX20803: "Unable to obtain configuration from …" (ConfigurationManager); the endorsements retriever
            // says "non-success status code … endorsements document".
            if (current is HttpRequestException or SocketException or TaskCanceledException) return true;
            if (current is InvalidOperationException && (current.Message.StartsWith("IDX20803", StringComparison.Ordinal)
                || current.Message.Contains("endorsements document", StringComparison.Ordinal))) return true;
            if (current is SecurityTokenException) return false;
        }
        return false;
    }
}
