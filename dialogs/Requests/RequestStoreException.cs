namespace NrwBot.Dialogs.Requests;

/// <summary>The request store could not read or write (database gone, locked, full). Nothing was changed.</summary>
public sealed class RequestStoreException(string message, Exception? inner = null) : Exception(message, inner);
