using NrwBot.Dialogs.Lks;
using NrwBot.Dialogs.Calendar;
using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Help;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Dialogs.Profile;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.Queue;

namespace NrwBot.Dialogs.Routing;

/// <summary>The features the route table connects (one instance each, from the host's container).</summary>
public sealed record NrwFeatures(CoreCommands Core, HelpFeature Help, ProfileFlow Profile, ContactsFeature Contacts,
    KnowledgeFeature Knowledge, RequestsFeatures Requests, DigestFeature Digest, OnboardingFeature Onboarding, LksGuard Lks,
    CalendarFeature Calendar, Knowledge.Store.KnowledgeHistoryFeature KnowledgeHistory,
    Knowledge.Learning.KnowledgeLearningFeature KnowledgeLearning, Pool.PoolFeature Pool,
    Knowledge.Learning.ArticleDraftFeature ArticleDrafts);
