namespace NrwBot.Host.Network;

/// <summary>A network question (table network_questions). Times are Unix milliseconds, so both databases compare them in SQL.</summary>
public sealed class NetworkQuestionRecord
{
    public long Id { get; set; }
    public required string AskerKey { get; set; }
    public string? AskerName { get; set; }
    public string? Regierungsbezirk { get; set; }
    public required string Text { get; set; }
    public required string State { get; set; }
    public long CreatedAt { get; set; }
    public long? ClosedAt { get; set; }
    public string? ModerationReason { get; set; }

    /// <summary>User + draft: unique, so a double click or a redelivery files one question.</summary>
    public string? SourceKey { get; set; }

    /// <summary>The message id of the channel card (the root of its thread), set when the outbox posted it.</summary>
    public string? CardActivityId { get; set; }
    public string? BatchId { get; set; }
    public long? EscalationOfferedAt { get; set; }
}

/// <summary>An answer to a network question (table network_answers).</summary>
public sealed class NetworkAnswerRecord
{
    public long Id { get; set; }
    public long QuestionId { get; set; }
    public required string AuthorKey { get; set; }
    public required string AuthorName { get; set; }
    public required string Text { get; set; }
    public long CreatedAt { get; set; }
    public bool Helpful { get; set; }
    public bool Hidden { get; set; }
    public string? ModerationReason { get; set; }

    /// <summary>Author + question + text: unique, so the same answer counts once.</summary>
    public required string SourceKey { get; set; }
}

/// <summary>Someone who said „Netzwerkfragen an“ (table network_opt_ins); no row means no personal questions.</summary>
public sealed class NetworkOptInRecord
{
    public required string UserKey { get; set; }
    public long CreatedAt { get; set; }
}
