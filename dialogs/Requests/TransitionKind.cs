namespace NrwBot.Dialogs.Requests;

/// <summary>What happened to a request; every entry of its history has one.</summary>
public enum TransitionKind { Created, Claimed, Assigned, Answered, Finished, Rejected }
