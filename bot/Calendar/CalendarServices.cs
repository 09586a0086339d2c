using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Calendar;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Privacy;
using NrwBot.Dialogs.WorkingDays;
using NrwBot.Host.Hosting;

namespace NrwBot.Host.Calendar;

/// <summary>Registers the deadline calendar: the checked files, the store, the feature, the reminders and their worker.</summary>
public static class CalendarServices
{
    public static IServiceCollection AddNrwBotCalendar(this IServiceCollection services, string contentRoot)
    {
        services.AddOptions<CalendarOptions>().BindConfiguration("Calendar")
            .Validate(options => options.WorkdayStartHour is >= 0 and < 24 && options.WorkdayEndHour > options.WorkdayStartHour && options.WorkdayEndHour <= 24,
                "Calendar: WorkdayStartHour muss vor WorkdayEndHour liegen (0–24).")
            .Validate(options => TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _), "Calendar: TimeZone ist unbekannt.")
            .Validate(options => Uri.TryCreate(options.FeedBaseUrl, UriKind.Absolute, out _), "Calendar: FeedBaseUrl muss eine vollständige Adresse sein.")
            .Validate(options => options.ListLimit >= 1, "Calendar: ListLimit muss mindestens 1 sein.")
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<CalendarOptions>>().Value);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<CalendarOptions>();
            return new WorkingDayCalendar(options.TimeZone, options.WorkdayStartHour, options.WorkdayEndHour);
        });
        services.AddSingleton(provider => LoadContent(contentRoot, provider));
        services.AddSingleton<ICalendarStore, EfCalendarStore>();
        services.AddSingleton<CalendarBook>();
        services.AddSingleton<CalendarSubscriptions>();
        services.AddSingleton<CalendarEditing>();
        services.AddSingleton<CalendarFeature>();
        services.AddSingleton<CalendarReminders>();
        services.AddSingleton<CalendarFeed>();
        services.AddSingleton<IPersonalDataSection, CalendarPersonalData>();
        services.AddSingleton<NrwBot.Dialogs.Knowledge.IAnswerSupplement, CalendarAnswerSupplement>();
        services.AddHostedService<CalendarReminderWorker>();
        return services;
    }

    /// <summary>Any problem in the files stops the start, each with file and line, like the other content.</summary>
    private static CalendarContent LoadContent(string contentRoot, IServiceProvider provider)
    {
        var articles = provider.GetRequiredService<IArticleTitles>().Ids;
        var entries = CalendarFile.LoadFolder(ContentPaths.Resolve(contentRoot, "calendar"), provider.GetRequiredService<IRegionDirectory>(),
            articles.Count > 0 ? articles : null);
        return new CalendarContent(entries);
    }
}
