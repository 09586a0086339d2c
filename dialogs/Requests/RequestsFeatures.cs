using NrwBot.Dialogs.Requests.Absence;
using NrwBot.Dialogs.Requests.Intake;
using NrwBot.Dialogs.Requests.MyData;
using NrwBot.Dialogs.Requests.Queue;

namespace NrwBot.Dialogs.Requests;

/// <summary>The parts of the requests feature the route table connects.</summary>
public sealed record RequestsFeatures(IntakeFlow Intake, QueueFeature Queue, QueueActions Actions, MyDataFeature MyData, RequesterActions Requester, AbsenceFeature Absence);
