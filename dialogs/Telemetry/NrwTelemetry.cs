using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NrwBot.Dialogs.Telemetry;

/// <summary>
/// NrwBot's one ActivitySource and one Meter, and every instrument on it. Defined here (System.Diagnostics only,
/// no SDK types) so that the host and the features record to the same place; bot/Telemetry decides where it goes
/// (OTLP, Azure Monitor, Prometheus). Tags carry routes, outcomes and decisions, never user text, names or ids:
/// the only person-related value is the pseudonymous user key on the turn span.
/// </summary>
public static class NrwTelemetry
{
    public const string Name = "NrwBot";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Turns = Meter.CreateCounter<long>("nrwbot.turns", "{turn}", "Turns by activity type, route and outcome");

    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("nrwbot.turn.duration", "ms", "Time from the adapter receiving an activity to the turn's end",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] });

    public static readonly Counter<long> KnowledgeDecisions = Meter.CreateCounter<long>("nrwbot.knowledge.decisions", "{question}", "Knowledge base decisions: answer, suggest, none");

    public static readonly Counter<long> OutboundCalls = Meter.CreateCounter<long>("nrwbot.outbound.calls", "{call}", "Calls to the channel connector by outcome: sent, throttled, failed");

    public static readonly Counter<long> DigestDeliveries = Meter.CreateCounter<long>("nrwbot.digest.deliveries", "{delivery}", "Digest deliveries by target (channel, mail) and outcome");

    public static readonly Counter<long> ReminderDeliveries = Meter.CreateCounter<long>("nrwbot.onboarding.reminders", "{reminder}", "Onboarding reminders sent");

    public static readonly Counter<long> Errors = Meter.CreateCounter<long>("nrwbot.errors", "{error}", "Failures by where they happened (turn, digest, reminders)");

    /// <summary>Tag names, one spelling for spans and metrics.</summary>
    public static class Tags
    {
        public const string ActivityType = "nrwbot.activity_type";
        public const string Channel = "nrwbot.channel";
        public const string Route = "nrwbot.route";
        public const string Handler = "nrwbot.handler";
        public const string Outcome = "nrwbot.outcome";
        public const string Decision = "nrwbot.knowledge.decision";
        public const string Target = "nrwbot.target";
        public const string Where = "nrwbot.where";
        public const string UserKey = "nrwbot.user_key";
        public const string State = "nrwbot.request_state";
    }

    public static void CountError(string where) => Errors.Add(1, new KeyValuePair<string, object?>(Tags.Where, where));
}
