namespace NrwBot.Tests.Infrastructure;

/// <summary>A test that needs a PostgreSQL server: skipped, with the reason, when NRWBOT_TEST_POSTGRES is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresServer is null)
            Skip = $"No PostgreSQL server: set {TestDatabase.PostgresVariable} (bash .ci/run starts one and sets it).";
    }
}
