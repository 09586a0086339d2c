namespace NrwBot.Dialogs.Digest;

/// <summary>
/// Where a support request stands, as the digest shows it. The request feature maps its own states onto these;
/// whether a request counts as open is decided by <see cref="DigestRequest.ResolvedAt"/>, not by this label.
/// </summary>
public enum DigestRequestState { Open, InProgress, Resolved, Closed }
