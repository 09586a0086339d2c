using NrwBot.Dialogs.Requests;

namespace NrwBot.Tests.Requests;

public sealed class RequestRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly RequestActor Anna = new("user:anna", "Anna Schmidt");
    private static readonly RequestActor Ben = new("user:ben", "Ben Weber");

    private static readonly SupportRequest Fresh = new()
    {
        Id = 7,
        Number = new RequestNumber(2026, 7),
        CategoryId = "technik",
        Description = "d",
        RedactedDescription = "d",
        Region = "Hamm",
        State = RequestState.New,
        Version = 1,
    };

    [Theory]
    [InlineData(TransitionKind.Claimed, null, RequestState.InProgress)]
    [InlineData(TransitionKind.Answered, "Antwort", RequestState.InProgress)]
    [InlineData(TransitionKind.Finished, null, RequestState.Done)]
    [InlineData(TransitionKind.Rejected, "Grund", RequestState.Rejected)]
    public void Each_action_on_a_new_request_moves_it_and_records_who_when_and_what(TransitionKind kind, string? text, RequestState expected)
    {
        var decision = RequestRules.Decide(Fresh, new RequestAction(kind, Anna, text), Now);

        Assert.Equal(expected, decision.After!.State);
        Assert.Equal(Anna, decision.After.Assignee);
        Assert.Equal(new RequestTransition(7, kind, RequestState.New, expected, Anna, Now, text), decision.Transition);
    }

    [Fact]
    public void Taking_a_request_someone_else_has_is_refused_and_taking_ones_own_says_so()
    {
        var taken = Fresh with { State = RequestState.InProgress, Assignee = Anna };
        Assert.Equal(RequestRefusal.TakenByOther, RequestRules.Decide(taken, new RequestAction(TransitionKind.Claimed, Ben), Now).Refusal);
        Assert.Equal(RequestRefusal.AlreadyYours, RequestRules.Decide(taken, new RequestAction(TransitionKind.Claimed, Anna), Now).Refusal);
    }

    [Theory]
    [InlineData(RequestState.Done)]
    [InlineData(RequestState.Rejected)]
    public void Closed_requests_do_not_change(RequestState state)
    {
        foreach (var kind in new[] { TransitionKind.Claimed, TransitionKind.Answered, TransitionKind.Finished, TransitionKind.Rejected })
            Assert.Equal(RequestRefusal.Closed, RequestRules.Decide(Fresh with { State = state }, new RequestAction(kind, Anna, "x"), Now).Refusal);
    }

    [Fact]
    public void Answers_and_reasons_need_text_but_finishing_does_not_and_keeps_the_last_answer()
    {
        Assert.Equal(RequestRefusal.TextMissing, RequestRules.Decide(Fresh, new RequestAction(TransitionKind.Answered, Anna, "  "), Now).Refusal);
        Assert.Equal(RequestRefusal.TextMissing, RequestRules.Decide(Fresh, new RequestAction(TransitionKind.Rejected, Anna), Now).Refusal);
        var answered = Fresh with { State = RequestState.InProgress, Assignee = Anna, Answer = "Erste Antwort" };
        Assert.Equal("Erste Antwort", RequestRules.Decide(answered, new RequestAction(TransitionKind.Finished, Ben), Now).After!.Answer);
    }

    [Fact]
    public void Handing_over_keeps_the_request_in_progress_with_the_new_person_and_names_them_in_the_history()
    {
        var decision = RequestRules.Decide(Fresh with { State = RequestState.InProgress, Assignee = Anna }, new RequestAction(TransitionKind.Assigned, Anna, null, Ben), Now);
        Assert.Equal((RequestState.InProgress, Ben, "Ben Weber"), (decision.After!.State, decision.After.Assignee, decision.Transition!.Comment));
        Assert.Equal(RequestRefusal.AlreadyAssigned,
            RequestRules.Decide(Fresh with { State = RequestState.InProgress, Assignee = Ben }, new RequestAction(TransitionKind.Assigned, Anna, null, Ben), Now).Refusal);
    }
}
