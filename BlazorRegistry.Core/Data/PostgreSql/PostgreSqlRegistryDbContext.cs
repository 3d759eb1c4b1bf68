using BlazorRegistry.Core.Applications;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BlazorRegistry.Core.Data.PostgreSql;

/// <summary>
/// The register's model on PostgreSQL, with its own migrations (Data/PostgreSql/Migrations). Only what PostgreSQL
/// holds differently is here: the Astana-day columns the statistics group by, and the data-protection keys that
/// every instance must share (on SQLite, one process, they stay in the data directory's keys folder).
/// </summary>
public sealed class PostgreSqlRegistryDbContext(DbContextOptions<PostgreSqlRegistryDbContext> options)
    : RegistryDbContext(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect cookies, antiforgery tokens and circuits: a user of instance A reloads on B still signed in.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

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
