using NrwBot.Dialogs.Analysis;
using NrwBot.Dialogs.Digest;
using NrwBot.Tests.Places;

namespace NrwBot.Tests.Analysis;

/// <summary>The regional analysis on the generated data set (<see cref="GeneratedRequests"/>), whose answers are known.</summary>
public sealed class RegionalAnalysisTests
{
    private static readonly TimeZoneInfo Zone = DigestPeriod.DefaultZone;
    private static readonly DigestPeriod Year = new(new DateOnly(2025, 11, 24), new DateOnly(2026, 11, 23), Zone);

    private sealed class Fixed(RegionalFigure figure, params RegionalFact[] facts) :
        IUnansweredQuestionFigures, ISupportNeedFigures, IMaterialFigures, INetworkQuestionFigures
    {
        public RegionalFigure Figure => figure;
        public Task<IReadOnlyList<RegionalFact>> FactsAsync(DigestPeriod period, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<RegionalFact>>(facts);
    }

    private static readonly AnalysisAreas Areas = new(TestPlaces.Catalog, TestPlaces.Finder);

    public static RegionalAnalysis Analysis() => new(
        new RequestFigures(new GeneratedRequests()),
        new Fixed(RegionalFigure.UnansweredQuestions, Enumerable.Repeat(new RegionalFact(null, "Schule"), 5).ToArray()),
        new Fixed(RegionalFigure.SupportNeeds, new RegionalFact("Kreis Paderborn", GeneratedRequests.Fortbildung), new RegionalFact("Kreis Paderborn", GeneratedRequests.Fortbildung),
            new RegionalFact(null, GeneratedRequests.Fortbildung)),
        new Fixed(RegionalFigure.MaterialsShared, new RegionalFact("Kreis Paderborn", "Handlungskonzept"), new RegionalFact("Dortmund", "Handlungskonzept")),
        new Fixed(RegionalFigure.NetworkQuestions, new RegionalFact(null, "gestellt"), new RegionalFact(null, "gestellt"), new RegionalFact(null, "beantwortet")),
        Areas);

    private static Task<RegionalReport> DetmoldAsync() => Analysis().BuildAsync(Areas.Find("Regierungsbezirk Detmold").Single(), Year, CancellationToken.None);

    [Fact]
    public async Task Requests_by_category_for_Detmold_and_NRW_are_the_generated_counts()
    {
        var report = await DetmoldAsync();

        var requests = report.Section(RegionalFigure.SupportRequests);
        Assert.Equal("Regierungsbezirk Detmold", report.Area.Name);
        Assert.Equal(7, report.OfficesInArea);
        Assert.Equal((10, 40), (requests.AreaTotal, requests.NrwTotal));
        Assert.Equal(
            [new RegionalRow(GeneratedRequests.Oeffentlichkeitsarbeit, 3, 24), new RegionalRow(GeneratedRequests.Fortbildung, 6, 12), new RegionalRow(GeneratedRequests.Beratung, 1, 4)],
            requests.Rows);
        Assert.Equal((4, 8, 53), (report.ActiveOffices, report.ActiveOfficesNrw, report.OfficesNrw));
    }

    [Fact]
    public async Task The_biggest_differences_are_named_in_words_and_small_categories_are_not()
    {
        var report = await DetmoldAsync();

        var sentences = report.Differences.Select(difference => AnalysisWords.Sentence(report.Area, difference)).ToList();

        Assert.Equal(2, sentences.Count);
        Assert.Contains(AnalysisTexts.MoreOften.Format("Im Regierungsbezirk Detmold", GeneratedRequests.Fortbildung, AnalysisTexts.Twice.German,
            AnalysisTexts.RequestsVerb.German, "60", "30", AnalysisTexts.RequestsNoun.German), sentences);
        Assert.Contains(AnalysisTexts.MoreOften.Format("Im Regierungsbezirk Detmold", GeneratedRequests.Oeffentlichkeitsarbeit, AnalysisTexts.Half.German,
            AnalysisTexts.RequestsVerb.German, "30", "60", AnalysisTexts.RequestsNoun.German), sentences);
        Assert.DoesNotContain(sentences, sentence => sentence.Contains(GeneratedRequests.Beratung));
        // The support needs of Detmold are 2 of 3: too few to compare.
        Assert.DoesNotContain(report.Differences, difference => difference.Figure == RegionalFigure.SupportNeeds);
    }

    [Fact]
    public async Task Counts_of_one_and_two_per_region_are_shown_as_below_three_and_unattributable_figures_only_for_NRW()
    {
        var report = await DetmoldAsync();

        var text = string.Join("\n\n", RegionalLines.Of(report));

        Assert.Contains(AnalysisTexts.Row.Format(GeneratedRequests.Beratung, "< 3", 4), text);
        Assert.Contains(AnalysisTexts.Row.Format(GeneratedRequests.Fortbildung, 6, 12), text);
        Assert.Contains(AnalysisTexts.SectionHeading.Format(AnalysisTexts.SupportNeeds.German, "Regierungsbezirk Detmold", "< 3", 3), text);
        Assert.Contains(AnalysisTexts.SectionHeading.Format(AnalysisTexts.UnansweredQuestions.German, "Regierungsbezirk Detmold", AnalysisTexts.NotAttributable.German, 5), text);
        Assert.Equal(["< 3", "0", "3", "17"], new[] { 1, 0, 3, 17 }.Select(SmallNumbers.Show));
        Assert.DoesNotContain("Beratung: 1", text);
    }

    [Fact]
    public async Task A_kreis_alone_and_a_kreisfreie_stadt_get_their_own_counts_and_the_right_preposition()
    {
        var analysis = Analysis();

        var lippe = await analysis.BuildAsync(Areas.Find("Kreis Lippe").Single(), Year, CancellationToken.None);
        var koeln = await analysis.BuildAsync(Areas.Find("Köln").Single(), Year, CancellationToken.None);
        var before = await analysis.BuildAsync(Areas.Find("Köln").Single(), new DigestPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 9, 30), Zone), CancellationToken.None);

        Assert.Equal(3, lippe.Section(RegionalFigure.SupportRequests).AreaTotal);
        Assert.Equal("Im Kreis Lippe", AnalysisWords.InArea(lippe.Area));
        Assert.Equal("In Köln", AnalysisWords.InArea(koeln.Area));
        Assert.Equal(6, koeln.Section(RegionalFigure.SupportRequests).AreaTotal);
        Assert.Equal(0, before.Section(RegionalFigure.SupportRequests).NrwTotal);
        Assert.NotNull(RegionalChart.Png(koeln));
        Assert.Null(RegionalChart.Png(before));
    }
}
