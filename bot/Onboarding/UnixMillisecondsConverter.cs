using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NrwBot.Host.Onboarding;

/// <summary>
/// Stores instants as Unix milliseconds. SQLite keeps DateTimeOffset as text, which EF Core cannot compare
/// ("no progress since …"); numbers compare the same way on SQLite and PostgreSQL.
/// </summary>
public sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    instant => instant.ToUnixTimeMilliseconds(),
    milliseconds => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));
