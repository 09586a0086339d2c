using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Routing;

public delegate Task TurnHandler(FeatureTurn turn, CancellationToken cancellationToken);

public delegate Task PatternHandler(FeatureTurn turn, Match match, CancellationToken cancellationToken);
