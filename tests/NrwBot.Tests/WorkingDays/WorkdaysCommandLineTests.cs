using System.Text.Json;
using NrwBot.Dialogs.WorkingDays;

namespace NrwBot.Tests.WorkingDays;

public sealed class WorkdaysCommandLineTests
{
    [Fact]
    public async Task Prints_the_count_with_both_ends_included_and_the_holidays_it_skipped()
    {
        var (code, output, _) = await RunAsync("--from", "2027-03-25", "--to", "2027-04-06");

        Assert.Equal(0, code);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("7 Arbeitstage in NRW vom 25.03.2027 bis 06.04.2027", lines[0]);
        Assert.Contains(lines, line => line.Contains("26.03.2027") && line.Contains(WorkingDaysTexts.GoodFriday.German));
        Assert.Contains(lines, line => line.Contains("29.03.2027") && line.Contains(WorkingDaysTexts.EasterMonday.German));
    }

    [Fact]
    public async Task Json_names_count_and_holidays_and_marks_those_on_a_weekend()
    {
        var (code, output, _) = await RunAsync("--from", "2027-04-26", "--to", "2027-05-31", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(23, json.RootElement.GetProperty("workingDays").GetInt32());
        var holidays = json.RootElement.GetProperty("holidays").EnumerateArray().ToList();
        Assert.Equal(["2027-05-01", "2027-05-06", "2027-05-17", "2027-05-27"], holidays.Select(holiday => holiday.GetProperty("date").GetString()));
        Assert.True(holidays[0].GetProperty("weekend").GetBoolean());
        Assert.False(holidays[1].GetProperty("weekend").GetBoolean());
    }

    [Theory]
    [InlineData("--from", "2027-02-30", "--to", "2027-03-01")]
    [InlineData("--from", "25.03.2027", "--to", "2027-04-06")]
    [InlineData("--from", "2027-04-06", "--to", "2027-03-25")]
    [InlineData("--from", "2027-03-25")]
    public async Task A_wrong_call_says_why_on_standard_error_and_prints_nothing(params string[] args)
    {
        var (code, output, error) = await RunAsync(args);

        Assert.Equal(WorkdaysCommandLine.UsageError, code);
        Assert.Empty(output);
        Assert.NotEmpty(error.Trim());
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await WorkdaysCommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
