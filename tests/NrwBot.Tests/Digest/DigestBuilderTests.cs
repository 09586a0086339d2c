using NrwBot.Dialogs.Digest;

namespace NrwBot.Tests.Digest;

/// <summary>The numbers of the week-47 digest, worked out by hand from <see cref="DigestFixture"/>.</summary>
public sealed class DigestBuilderTests
{
    [Fact]
    public async Task New_requests_are_counted_by_category_and_region_biggest_first_with_the_trend_against_the_week_before()
    {
        var report = await DigestTestServices.Week47Async();

        Assert.Equal(5, report.NewRequests);
        Assert.Equal(3, report.PreviousNewRequests);
        Assert.Equal(
            [new DigestCount(DigestFixture.Fortbildung, 3, 1), new DigestCount(DigestFixture.Vernetzung, 1, 2), new DigestCount(DigestFixture.Referenten, 1, 0)],
            report.NewByCategory);
        Assert.Equal([DigestTrend.Up, DigestTrend.Down, DigestTrend.Up], report.NewByCategory.Select(count => count.Trend));
        Assert.Equal(
            [new DigestCount(DigestFixture.Duren, 3, 2), new DigestCount("Hamm", 1, 1), new DigestCount("Dortmund", 1, 0)],
            report.NewByRegion);
        Assert.Equal(DigestTrend.Same, report.NewByRegion[1].Trend);
    }

    [Fact]
    public async Task Open_requests_are_aged_at_the_end_of_the_period_marked_over_7_and_14_days_and_counted_per_holder()
    {
        var report = await DigestTestServices.Week47Async();

        Assert.Equal(["A-050", "A-091", "A-102", "A-103", "A-105"], report.OpenRequests.Select(request => request.Number));
        Assert.Equal([21, 11, 5, 4, 2], report.OpenRequests.Select(request => request.AgeDays));
        Assert.Equal(OpenRequestAge.OverFourteenDays, report.OpenRequests[0].Age);
        Assert.Equal(OpenRequestAge.OverSevenDays, report.OpenRequests[1].Age);
        Assert.Equal((2, 1), (report.OpenOverSevenDays, report.OpenOverFourteenDays));
        Assert.Equal([new HolderLoad("Anna Schmidt", 3, 2), new HolderLoad("Ben Yilmaz", 1, 0), new HolderLoad(null, 1, 0)], report.OpenByHolder);
    }

    [Fact]
    public async Task Requests_resolved_in_the_period_count_with_the_median_time_to_resolution()
    {
        var report = await DigestTestServices.Week47Async();

        // A-104 took 1 day, A-101 2, A-090 7, A-051 14 days and 2 hours: the median of four is (2 + 7) / 2.
        Assert.Equal(4, report.Resolved);
        Assert.Equal(TimeSpan.FromDays(4.5), report.MedianTimeToResolve);
    }

    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_one_and_of_none_is_null()
    {
        Assert.Equal(TimeSpan.FromHours(5), DigestBuilder.Median([TimeSpan.FromHours(9), TimeSpan.FromHours(1), TimeSpan.FromHours(5)]));
        Assert.Null(DigestBuilder.Median([]));
    }

    [Fact]
    public async Task Unanswered_questions_of_the_period_are_grouped_when_they_are_the_same_question_in_other_words()
    {
        var report = await DigestTestServices.Week47Async();

        Assert.Equal(10, report.QuestionsAsked);
        Assert.Equal(6, report.UnansweredQuestions);
        Assert.Equal([3, 2, 1], report.UnansweredGroups.Select(group => group.Count));
        Assert.Equal("Gibt es einen E-Mail-Verteiler für alle Fachkräfte?", report.UnansweredGroups[0].Question);
        Assert.Equal(["Wie komme ich auf den E-Mail-Verteiler der Fachkräfte?", "e-mail verteiler fachkräfte"], report.UnansweredGroups[0].OtherWordings);
        Assert.StartsWith("Gibt es einen Leitfaden", report.UnansweredGroups[1].Question);
    }

    [Fact]
    public async Task Answers_with_thumbs_down_are_counted_per_article()
    {
        var report = await DigestTestServices.Week47Async();

        Assert.Equal(3, report.DownvotedAnswers);
        Assert.Equal([("verwendungsnachweis", 2), ("mittelabruf", 1)], report.Downvoted.Select(article => (article.ArticleId, article.Count)));
        Assert.Equal(["Wann ist der VN fällig?", "Frist Verwendungsnachweis"], report.Downvoted[0].Questions);
    }

    [Fact]
    public async Task Onboarding_numbers_and_expired_articles_are_passed_through()
    {
        var report = await DigestTestServices.Week47Async();

        Assert.Equal(new DigestOnboarding(4, 2, 1), report.Onboarding);
        Assert.Equal("mittelabruf", Assert.Single(report.ExpiredArticles).Id);
    }

    [Fact]
    public async Task A_region_filter_keeps_only_that_regions_requests()
    {
        var report = await DigestTestServices.Week47Async(region: "Kreis Düren");

        Assert.Equal((3, 2), (report.NewRequests, report.PreviousNewRequests));
        Assert.Equal(["A-103", "A-105"], report.OpenRequests.Select(request => request.Number));
        Assert.Equal(2, report.Resolved);
        Assert.Equal(6, report.UnansweredQuestions);
    }

    [Fact]
    public async Task Request_texts_and_shown_questions_are_redacted_and_names_appear_only_where_consented()
    {
        var report = await DigestTestServices.Week47Async();

        var a103 = report.OpenRequests.Single(request => request.Number == "A-103");
        Assert.DoesNotContain(DigestFixture.Email, a103.Text);
        Assert.DoesNotContain("1234567", a103.Text);
        Assert.Equal("Erika Musterfrau", a103.RequesterName);
        var a105 = report.OpenRequests.Single(request => request.Number == "A-105");
        Assert.DoesNotContain("Beispiel", a105.Text);
        Assert.Null(a105.RequesterName);
        Assert.DoesNotContain(report.UnansweredGroups, group => group.Question.Contains(DigestFixture.Email));
    }

    [Fact]
    public async Task The_csv_rows_are_the_requests_created_open_or_resolved_in_the_period()
    {
        var report = await DigestTestServices.Week47Async();

        // A-092 was created and resolved in week 46: not a request of week 47.
        Assert.Equal(["A-050", "A-051", "A-090", "A-091", "A-101", "A-102", "A-103", "A-104", "A-105"], report.Requests.Select(row => row.Number));
        var a051 = report.Requests.Single(row => row.Number == "A-051");
        Assert.Equal((new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 16)), (a051.Created, a051.Resolved));
    }

    [Fact]
    public async Task A_period_still_running_ages_open_requests_until_now()
    {
        var service = DigestTestServices.Service(DigestFixture.Input);
        var now = DigestFixture.At(2026, 11, 20, 12);
        var report = await service.BuildAsync(new DigestQuery(DigestPeriod.LastDays(30, now, DigestFixture.Berlin)), now, CancellationToken.None);

        Assert.Equal(now, report.AsOf);
        Assert.Equal(19, report.OpenRequests.Single(request => request.Number == "A-050").AgeDays);
        Assert.Equal(5, report.OpenRequests.Count);
        // Resolved from 22 October to 20 November.
        Assert.Equal(5, report.Resolved);
    }
}
