using BlazorRegistry.Core.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BlazorRegistry.Core.Data.PostgreSql;

/// <summary>
/// The register's model on PostgreSQL, with its own migrations (Data/PostgreSql/Migrations). Only what PostgreSQL
/// writes differently is here: the Astana-day columns the statistics group by.
/// </summary>
public sealed class PostgreSqlRegistryDbContext(DbContextOptions<PostgreSqlRegistryDbContext> options) : RegistryDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // PostgreSQL's generated columns are stored; the time is UTC (timestamptz), the day is Astana's (UTC+5).
        builder.Entity<Application>(b =>
        {
            b.Property(a => a.ReceivedOn).HasComputedColumnSql(AstanaDay("FirstSubmittedAtUtc"), stored: true);
            b.Property(a => a.LastReceivedOn).HasComputedColumnSql(AstanaDay("LastSubmittedAtUtc"), stored: true);
            b.Property(a => a.DecidedOn).HasComputedColumnSql(AstanaDay("DecidedAtUtc"), stored: true);
        });
    }

    private static string AstanaDay(string column) => $"""(("{column}" AT TIME ZONE 'UTC') + interval '5 hours')::date""";
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgreSqlRegistryDbContext</c> build the model; it connects to nothing.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlRegistryDbContext>
{
    public PostgreSqlRegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlRegistryDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
