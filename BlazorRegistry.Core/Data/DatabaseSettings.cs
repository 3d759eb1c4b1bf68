namespace BlazorRegistry.Core.Data;

/// <summary>Which database the register keeps its data in (issue #18): SQLite, embedded, the default; or PostgreSQL for several instances.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>The provider and how to reach it: a SQLite file, or a PostgreSQL connection string.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string Connection)
{
    public static DatabaseSettings SqliteFile(string path) => new(DatabaseProvider.Sqlite, path);
    public static DatabaseSettings PostgreSql(string connectionString) => new(DatabaseProvider.PostgreSql, connectionString);
}
