namespace NrwBot.Dialogs.Knowledge;

/// <summary>
/// Settings of the knowledge feature, bound from the configuration section "Knowledge". The thresholds were
/// calibrated on tests/data/qa-dev.jsonl (see KnowledgeEvaluationTests and the eval command); change them only
/// together with a new run of eval.
/// </summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The folder with the articles and synonyms.yml, relative to the application folder unless absolute.</summary>
    public string ContentFolder { get; set; } = Path.Combine("content", "knowledge");

    public string ResolveContentFolder(string applicationFolder) =>
        Path.IsPathRooted(ContentFolder) ? ContentFolder : Path.Combine(applicationFolder, ContentFolder);

    /// <summary>
    /// From this confidence on, the bot answers with one article. On the dev set 0.65 gave 98 answers with
    /// 2 wrong ones; 0.6 gave 102 with 4 wrong, 0.7 gave 93 with 1 wrong.
    /// </summary>
    public double AnswerThreshold { get; set; } = 0.65;

    /// <summary>
    /// From this coverage on, an article is offered under "Meinten Sie …?"; below it the bot says it does not know.
    /// The cross-validation of the phrasings (`eval --phrasings`) showed the old 0.51 declining 27 of 88 wordings
    /// that had an article (0.45: 20, 0.40: 11, 0.35: 5); the development set's unanswerable questions stay ≥ 90 %
    /// declined down to 0.40 (0.35: 77 %); 0.45 is the cautious end of that range. A question half off the topic
    /// („Wie beantrage ich Urlaub?“) is now offered the nearest article under „Meinten Sie …?“, next to the button
    /// that passes the question to the LKS.
    /// </summary>
    public double SuggestThreshold { get; set; } = 0.45;

    /// <summary>How much a close runner-up lowers the confidence in the best article (0 = not at all).</summary>
    public double RunnerUpPenalty { get; set; } = 0.5;

    public int MaxSuggestions { get; set; } = 3;

    /// <summary>
    /// How much a close resemblance to one of an article's phrasings (character trigrams, <see cref="PhrasingSimilarity"/>)
    /// raises its score: 1 = a question equal to a phrasing doubles it. Chosen on the cross-validation of the phrasings
    /// (top-3 94.3 % → 97.7 %, top-1 78.4 % → 79.5 %; 2 and 4 were no better), the development set unchanged.
    /// </summary>
    public double PhrasingWeight { get; set; } = 1.0;

    /// <summary>Unknown words at least this long are matched with one typo; from <see cref="TwoTyposMinLength"/> on with two when one finds nothing.</summary>
    public int TypoMinLength { get; set; } = 5;

    public int TwoTyposMinLength { get; set; } = 9;

    /// <summary>How much a word counts towards coverage when it is only in the body, only a close spelling, or only in parts.</summary>
    public double BodyOnlyCoverage { get; set; } = 0.75;

    public double TypoCoverage { get; set; } = 0.85;

    public double PartCoverage { get; set; } = 0.8;

    /// <summary>
    /// How often every instance reads the knowledge base's revision row in the database; when it changed (a publish or
    /// rollback, on any instance or the command line) the instance reloads the published articles.
    /// </summary>
    public TimeSpan RevisionPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Mixed into the pseudonymous user key of the question log; set it in production so keys cannot be recomputed from user ids.</summary>
    public string UserKeySalt { get; set; } = "";
}
