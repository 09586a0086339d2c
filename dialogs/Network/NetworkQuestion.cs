namespace NrwBot.Dialogs.Network;

/// <summary>Where a network question stands: open for answers, closed by its asker, hidden by the LKS, or withdrawn by its asker.</summary>
public enum NetworkState { Open, Closed, Hidden, Withdrawn }

/// <summary>
/// A question to the colleagues of the network („Frag das Netzwerk“), numbered „N7“. <see cref="Text"/> is the text the
/// asker confirmed (personal data already redacted); <see cref="AskerName"/> is set only when they chose to ask under their name.
/// </summary>
public sealed record NetworkQuestion
{
    public required long Id { get; init; }
    public required string AskerKey { get; init; }
    public string? AskerName { get; init; }

    /// <summary>The asker's Regierungsbezirk from the profile (shown when asking without name, counted for the regional analysis).</summary>
    public string? Regierungsbezirk { get; init; }
    public required string Text { get; init; }
    public required NetworkState State { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Why the LKS hid it (shown to the asker).</summary>
    public string? ModerationReason { get; init; }

    /// <summary>The batch of the personal messages to peers, for the progress line.</summary>
    public string? BatchId { get; init; }

    /// <summary>How many answers are visible (not hidden, not withdrawn).</summary>
    public int AnswerCount { get; init; }

    public string Number => NetworkNumbers.Question(Id);

    public bool IsOpen => State == NetworkState.Open;

    /// <summary>Closed and open questions stay visible; hidden and withdrawn ones do not.</summary>
    public bool IsVisible => State is NetworkState.Open or NetworkState.Closed;
}

/// <summary>One colleague's answer to a <see cref="NetworkQuestion"/>, numbered „A12“.</summary>
public sealed record NetworkAnswer
{
    public required long Id { get; init; }
    public required long QuestionId { get; init; }
    public required string AuthorKey { get; init; }
    public required string AuthorName { get; init; }
    public required string Text { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public bool Helpful { get; init; }

    /// <summary>Hidden by the LKS (with <see cref="ModerationReason"/>) or withdrawn by its author.</summary>
    public bool Hidden { get; init; }
    public string? ModerationReason { get; init; }

    public string Number => NetworkNumbers.Answer(Id);
}

/// <summary>What the asker confirmed; <see cref="SourceKey"/> makes a double click or a redelivery file one question.</summary>
public sealed record NewNetworkQuestion(string AskerKey, string? AskerName, string? Regierungsbezirk, string Text, string SourceKey, DateTimeOffset CreatedAt)
{
    /// <summary>The colleagues who get the question personally (user keys, chosen before it is stored).</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];
}

/// <summary>An answer as given; <see cref="SourceKey"/> makes a redelivered answer count once.</summary>
public sealed record NewNetworkAnswer(long QuestionId, string AuthorKey, string AuthorName, string Text, string SourceKey, DateTimeOffset CreatedAt);

/// <summary>What became of an answer: stored (or found stored under its source key), or refused because the question is not open.</summary>
public sealed record AnswerOutcome(NetworkAnswer? Answer, NetworkQuestion? Question, bool IsNew);

/// <summary>Network questions asked and answered in one Regierungsbezirk and period (for the regional analysis).</summary>
public sealed record NetworkRegionCount(string Regierungsbezirk, int Asked, int Answered);
