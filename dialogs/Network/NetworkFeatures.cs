namespace NrwBot.Dialogs.Network;

/// <summary>The parts of „Frag das Netzwerk“ the route table connects.</summary>
public sealed record NetworkFeatures(NetworkAsking Asking, NetworkAnswering Answering, NetworkModeration Moderation, NetworkOptIn OptIn);
