using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests;

namespace NrwBot.Dialogs.Network;

/// <summary>The cards of a network question: in the channel, to a colleague personally, an answer to the asker, the forms.</summary>
public static class NetworkCards
{
    /// <summary>How the asker appears: their name, or „eine Fachkraft aus dem Regierungsbezirk …“.</summary>
    public static string AskerLabel(NetworkQuestion question) =>
        question.AskerName is { Length: > 0 } name ? name : AnonymousLabel(question.Regierungsbezirk);

    public static string AnonymousLabel(string? regierungsbezirk) =>
        regierungsbezirk is { Length: > 0 } ? NetworkTexts.AnonymousInRegion.Format(regierungsbezirk) : NetworkTexts.AnonymousInNrw.German;

    /// <summary>The channel card: the question, who asks, the number of answers and the state; buttons while it is open.</summary>
    public static Reply Channel(NetworkQuestion question)
    {
        if (!question.IsVisible)
            return new Reply { Title = NetworkTexts.CardTitle.Format(question.Number), Text = NetworkTexts.CardRemoved.Format(StateName(question.State)) };
        return new Reply
        {
            Title = NetworkTexts.CardTitle.Format(question.Number),
            Text = SafeText.Escape(question.Text),
            Facts =
            [
                new(NetworkTexts.CardAsker.German, SafeText.Escape(AskerLabel(question))),
                new(NetworkTexts.CardAnswers.German, question.AnswerCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new(NetworkTexts.CardState.German, StateName(question.State)),
            ],
            Actions = question.IsOpen
                ? [CardActions.Button(NetworkTexts.AnswerButton.German, new OpenNetworkAnswer(question.Id)), HideButton(question.Number)]
                : [],
            Note = NetworkTexts.CardHint.Format(question.Number),
        };
    }

    /// <summary>The question in a colleague's personal chat.</summary>
    public static Reply Personal(NetworkQuestion question) => new()
    {
        Title = NetworkTexts.PersonalTitle.Format(question.Number),
        Text = NetworkTexts.PersonalText.Format(SafeText.Escape(question.Text)),
        Facts = [new(NetworkTexts.CardAsker.German, SafeText.Escape(AskerLabel(question)))],
        Actions = [CardActions.Button(NetworkTexts.AnswerButton.German, new OpenNetworkAnswer(question.Id)) with { TypedCommand = "Antwort auf " + question.Number + ": …" }],
    };

    public static Reply AnswerForm(NetworkQuestion question) => new()
    {
        Title = NetworkTexts.AnswerFormTitle.Format(question.Number),
        Text = SafeText.Escape(SafeText.Shorten(question.Text, 300)),
        Form = new ReplyForm(SubmitNetworkAnswer.Verb, NetworkTexts.AnswerSend.German,
        [
            new FormInput(OpenNetworkAnswer.QuestionIdKey, NetworkTexts.CardTitle.Format(question.Number), FormInputKind.Choice)
            {
                Choices = [new(question.Number, OpenNetworkAnswer.Id(question.Id))], Value = OpenNetworkAnswer.Id(question.Id), Required = true,
            },
            new FormInput(SubmitNetworkAnswer.TextKey, NetworkTexts.AnswerLabel.German, FormInputKind.MultilineText) { Required = true },
        ]),
    };

    /// <summary>An answer as the asker gets it, with „Hat geholfen“ and „Frage schließen“.</summary>
    public static Reply NewAnswer(NetworkQuestion question, NetworkAnswer answer) => new()
    {
        Title = NetworkTexts.NewAnswerTitle.Format(question.Number),
        Text = NetworkTexts.NewAnswerText.Format(SafeText.Escape(answer.AuthorName), answer.Number, SafeText.Escape(answer.Text)),
        Actions =
        [
            CardActions.Button(NetworkTexts.HelpfulButton.German, new MarkNetworkAnswerHelpful(answer.Id)),
            CardActions.Button(NetworkTexts.CloseButton.German, new CloseNetworkQuestion(question.Id)),
        ],
    };

    public static Reply HideForm(string number) => new()
    {
        Title = NetworkTexts.HideFormTitle.Format(number),
        Form = new ReplyForm(HideNetworkPost.Verb, NetworkTexts.HideSend.German,
        [
            new FormInput(HideNetworkPost.NumberKey, NetworkTexts.HideFormTitle.Format(number), FormInputKind.Choice) { Choices = [new(number, number)], Value = number, Required = true },
            new FormInput(HideNetworkPost.ReasonKey, NetworkTexts.HideReasonLabel.German, FormInputKind.MultilineText) { Required = true },
        ]),
    };

    /// <summary>The LKS's button on the channel card; it opens the reason form (refused for everybody else).</summary>
    private static ReplyAction HideButton(string number) => CardActions.Button(NetworkTexts.HideButton.German, new OpenHideForm(number));

    public static string StateName(NetworkState state) => state switch
    {
        NetworkState.Open => NetworkTexts.StateOpen.German,
        NetworkState.Closed => NetworkTexts.StateClosed.German,
        NetworkState.Hidden => NetworkTexts.StateHidden.German,
        _ => NetworkTexts.StateWithdrawn.German,
    };

    public static string Date(DateTimeOffset moment) => GermanTime.Date(moment);
}
