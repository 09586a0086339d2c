using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Analysis;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Profile;
using NrwBot.Tests.Infrastructure;
using static NrwBot.Tests.Calendar.CalendarTestUsers;

namespace NrwBot.Tests.Analysis;

/// <summary>„Regionale Analyse …“ in chat over the generated requests; the host's clock stands on 23 November 2026.</summary>
public sealed class AnalysisConversationTests
{
    public static Task<BotTestHost> HostAsync(bool lks) => BotTestHost.StartAsync(
        builder => { if (lks) builder.Configuration["Lks:Members:0"] = BotTestHost.UserAadId; },
        replaceServices: services => services.AddSingleton<IDigestRequestFacts, GeneratedRequests>());

    [Fact]
    public async Task The_lks_sees_any_region_against_NRW_with_the_chart_and_the_differences_in_words()
    {
        await using var host = await HostAsync(lks: true);

        var replies = await host.TurnAsync(host.Channel(), "Regionale Analyse Regierungsbezirk Detmold");
        var text = string.Join("\n", replies.Select(ActivityAssert.VisibleText));

        Assert.Contains(AnalysisTexts.Title.Format("Regierungsbezirk Detmold", "24.11.2025 – 23.11.2026"), text);
        Assert.Contains("Im Regierungsbezirk Detmold wird „Fortbildung“ doppelt so oft angefragt wie im Landesschnitt", text);
        Assert.Contains(AnalysisTexts.Row.Format(GeneratedRequests.Beratung, "< 3", 4), text);
        TextAssert.Contains(AnalysisTexts.PrivacyNote, text);
        Assert.Contains(replies, reply => ActivityAssert.Card(reply).ToString().Contains("data:image/png;base64,"));
    }

    [Fact]
    public async Task A_normal_user_sees_their_own_region_and_is_refused_any_other()
    {
        await using var host = await HostAsync(lks: false);
        var chat = host.Channel();

        var withoutProfile = await TextAsync(host, chat, "Regionale Analyse");
        await SetProfileAsync(host, chat, "Kreis Lippe", ProfileRoles.Fachkraft);
        var own = await TextAsync(host, chat, "Regionale Analyse");
        var ownByName = await TextAsync(host, chat, "Regionale Analyse Kreis Lippe");
        var other = await TextAsync(host, chat, "Regionale Analyse Regierungsbezirk Detmold");
        var koeln = await TextAsync(host, chat, "Regionale Analyse Köln");
        var state = await TextAsync(host, chat, "Regionale Analyse NRW");

        TextAssert.Contains(AnalysisTexts.NeedsProfile, withoutProfile);
        Assert.Contains(AnalysisTexts.Title.Format("Kreis Lippe", "24.11.2025 – 23.11.2026"), own);
        Assert.Contains(AnalysisTexts.SectionHeading.Format(AnalysisTexts.SupportRequests.German, "Kreis Lippe", 3, 40), own);
        Assert.Contains(AnalysisTexts.Title.Format("Kreis Lippe", "24.11.2025 – 23.11.2026"), ownByName);
        Assert.Contains(AnalysisTexts.OnlyOwnRegion.Format("Kreis Lippe"), other);
        Assert.Contains(AnalysisTexts.OnlyOwnRegion.Format("Kreis Lippe"), koeln);
        Assert.DoesNotContain("Regierungsbezirk Detmold:", other);
        Assert.Contains(AnalysisTexts.Title.Format(AnalysisTexts.Nrw.German, "24.11.2025 – 23.11.2026"), state);
    }

    [Fact]
    public async Task A_year_or_a_start_date_sets_the_period_and_unknown_regions_or_periods_are_said_plainly()
    {
        await using var host = await HostAsync(lks: true);
        var chat = host.Channel();

        var year = await TextAsync(host, chat, "Regionale Analyse Köln 2026");
        var since = await TextAsync(host, chat, "Regionale Analyse Köln seit 02.10.2026");
        var unknown = await TextAsync(host, chat, "Regionale Analyse Atlantis");
        var badPeriod = await TextAsync(host, chat, "Regionale Analyse Köln seit gestern");
        var which = await TextAsync(host, chat, "Regionale Analyse");

        Assert.Contains(AnalysisTexts.Title.Format("Köln", "01.01.2026 – 23.11.2026"), year);
        Assert.Contains(AnalysisTexts.SectionHeading.Format(AnalysisTexts.SupportRequests.German, "Köln", 6, 40), year);
        Assert.Contains(AnalysisTexts.SectionHeading.Format(AnalysisTexts.SupportRequests.German, "Köln", 0, 0), since);
        Assert.Contains(AnalysisTexts.UnknownRegion.Format("Atlantis"), unknown);
        Assert.Contains(AnalysisTexts.BadPeriod.Format("seit gestern"), badPeriod);
        TextAssert.Contains(AnalysisTexts.WhichRegion, which);
    }
}
