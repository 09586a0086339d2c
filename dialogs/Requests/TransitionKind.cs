namespace NrwBot.Dialogs.Requests;

/// <summary>
/// What happened to a request; every entry of its history has one. <see cref="Noted"/> is an internal LKS note
/// (the LKS only sees it); <see cref="Reopened"/> is the requester's „Hat nicht geholfen“; <see cref="Rated"/> their
/// rating (<see cref="RequestRating"/> in the comment). Stored as text, so a new kind needs no schema change.
/// </summary>
public enum TransitionKind { Created, Claimed, Assigned, Answered, Finished, Rejected, Noted, Reopened, Rated }
