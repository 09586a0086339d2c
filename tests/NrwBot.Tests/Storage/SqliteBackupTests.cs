using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;
using NrwBot.Host.Data;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Storage;

/// <summary>
/// `backup FILE` on a live SQLite database: turns keep writing while the backup runs, and the backup is a
/// complete, consistent database the bot runs on again (the restore the README describes: the file put in place).
/// </summary>
public sealed class SqliteBackupTests
{
    [Fact]
    public async Task A_backup_taken_under_load_is_consistent_and_the_bot_runs_on_it_with_everyone_s_state()
    {
        using var database = TestDatabase.Sqlite();
        await using var connector = await FakeChannelConnector.StartAsync();
        var backupFolder = Directory.CreateTempSubdirectory("nrwbot-backup-");
        var backup = Path.Combine(backupFolder.FullName, "sicherung.db");
        var finishedBeforeBackup = new ConcurrentBag<string>();
        int failures;
        await using (var bot = await RunningBot.StartAsync(database: database))
        {
            using var stopLoad = new CancellationTokenSource();
            var load = RunLoadAsync(bot, connector.ServiceUrl, conversations: 6, stopLoad.Token);
            await WaitUntilAsync(() => load.Finished.Values.Sum() >= 12);
            foreach (var conversation in load.Finished.Keys) finishedBeforeBackup.Add(conversation);

            var output = new StringWriter();
            var errors = new StringWriter();
            var exitCode = await BackupCommandLine.RunAsync([backup], output, errors, database.Apply);

            Assert.True(exitCode == 0, errors.ToString());
            Assert.Contains("integrity_check: ok", output.ToString());
            await WaitUntilAsync(() => load.Finished.Values.Sum() >= 24);   // the load went on during and after the backup
            await stopLoad.CancelAsync();
            failures = await load.Task;
        }
        Assert.Equal(0, failures);

        // The backup on its own: a sound database holding every conversation that had finished a turn before it was taken.
        await using (var copy = new SqliteConnection($"Data Source={backup};Pooling=False"))
        {
            await copy.OpenAsync();
            Assert.Equal("ok", await SqliteBackup.IntegrityCheckAsync(copy, CancellationToken.None));
            var keys = await ReadColumnAsync(copy, "SELECT \"Key\" FROM conversations");
            Assert.All(finishedBeforeBackup.Distinct(), conversation => Assert.Contains(keys, key => key.Contains(conversation, StringComparison.Ordinal)));
        }

        // Restore: the backup file as the bot's database. A user who was offered the profile before is not offered it again.
        var restored = Path.Combine(backupFolder.FullName, "restored.db");
        File.Copy(backup, restored);
        await using (var bot = await RunningBot.StartAsync(builder => builder.Configuration["ConnectionStrings:Sqlite"] = $"Data Source={restored};Pooling=False"))
        {
            var conversation = finishedBeforeBackup.First();
            connector.SkipReceived();
            var response = await bot.PostJsonAsync(Message(connector.ServiceUrl, conversation, "Hilfe", "after-restore"));
            Assert.True(response.IsSuccessStatusCode);
            var replies = connector.MessagesIn("a:" + conversation).Select(call => ActivityAssert.VisibleText(call.Activity)).ToList();
            TextAssert.Contains(NrwBot.Dialogs.Help.HelpTexts.OverviewTitle, replies);
            TextAssert.DoesNotContain(NrwBot.Dialogs.Profile.ProfileTexts.OfferText, replies.Last());
        }
        SqliteConnection.ClearAllPools();
        backupFolder.Delete(recursive: true);
    }

    [Fact]
    public async Task Backup_refuses_an_existing_file_and_a_postgres_database_with_a_clear_message()
    {
        using var database = TestDatabase.Sqlite();
        var existing = Path.GetTempFileName();
        try
        {
            var errors = new StringWriter();
            Assert.Equal(2, await BackupCommandLine.RunAsync([existing], TextWriter.Null, errors, database.Apply));
            TextAssert.Contains(BackupTexts.FileExists, errors.ToString());
            Assert.Equal(0, new FileInfo(existing).Length);

            errors = new StringWriter();
            Assert.Equal(2, await BackupCommandLine.RunAsync([], TextWriter.Null, errors, database.Apply));
            TextAssert.Contains(BackupTexts.Usage, errors.ToString());

            errors = new StringWriter();
            var target = existing + ".db";
            Assert.Equal(2, await BackupCommandLine.RunAsync([target], TextWriter.Null, errors,
                builder => builder.Configuration["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Port=9;Database=none"));
            Assert.Contains("pg_dump", errors.ToString());
            Assert.False(File.Exists(target));
        }
        finally
        {
            File.Delete(existing);
        }
    }

    private sealed record Load(Task<int> Task, ConcurrentDictionary<string, int> Finished);

    /// <summary>Each conversation sends „Hilfe“ turn after turn (every turn writes state and the conversation row).</summary>
    private static Load RunLoadAsync(RunningBot bot, string serviceUrl, int conversations, CancellationToken stop)
    {
        var finished = new ConcurrentDictionary<string, int>();
        var failures = 0;
        var workers = Enumerable.Range(0, conversations).Select(async index =>
        {
            var conversation = $"backup-load-{index}-{Guid.NewGuid():N}";
            for (var turn = 0; !stop.IsCancellationRequested; turn++)
            {
                var response = await bot.PostJsonAsync(Message(serviceUrl, conversation, "Hilfe", $"{conversation}-{turn}"));
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
                finished.AddOrUpdate(conversation, 1, (_, count) => count + 1);
            }
        });
        return new Load(Task.WhenAll(workers).ContinueWith(_ => failures, TaskScheduler.Default), finished);
    }

    private static string Message(string serviceUrl, string conversation, string text, string id)
    {
        var activity = JObject.Parse(TeamsActivities.PersonalMessage(serviceUrl, text, id));
        activity["conversation"]!["id"] = "a:" + conversation;
        activity["from"]!["id"] = "29:" + conversation;
        activity["from"]!["aadObjectId"] = "aad-" + conversation;
        return activity.ToString();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the load did not make progress");
            await Task.Delay(20);
        }
    }

    private static async Task<List<string>> ReadColumnAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
