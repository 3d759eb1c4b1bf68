using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace BlazorRegistry.Core.Data.PostgreSql;

/// <summary>PostgreSQL (issue #18): a connection string; migrations in Data/PostgreSql/Migrations, the audit triggers among them.</summary>
public sealed class PostgreSqlDatabase(string connectionString) : RegistryDatabase
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    internal override void AddContexts(IServiceCollection services)
    {
        services.AddDbContextFactory<PostgreSqlRegistryDbContext>(o => o.UseNpgsql(connectionString));
        services.AddSingleton<IDbContextFactory<RegistryDbContext>>(sp => new AsRegistry(sp.GetRequiredService<IDbContextFactory<PostgreSqlRegistryDbContext>>()));
        services.AddScoped<RegistryDbContext>(sp => sp.GetRequiredService<PostgreSqlRegistryDbContext>());
    }

    internal override Task AfterMigrateAsync(RegistryDbContext db, CancellationToken ct) => Task.CompletedTask;

    internal override (string Condition, DbParameter Parameter) IdIn(string column, IReadOnlyList<int> ids) =>
        ($"{column} = ANY(@ids)", new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = ids.ToArray() });

    internal override byte[] JsonBytes(DbDataReader reader, int ordinal) => Encoding.UTF8.GetBytes(reader.GetString(ordinal));

    /// <summary>Services ask for the register's context; on PostgreSQL it is this provider's subtype.</summary>
    private sealed class AsRegistry(IDbContextFactory<PostgreSqlRegistryDbContext> inner) : IDbContextFactory<RegistryDbContext>
    {
        public RegistryDbContext CreateDbContext() => inner.CreateDbContext();
        public async Task<RegistryDbContext> CreateDbContextAsync(CancellationToken ct = default) => await inner.CreateDbContextAsync(ct);
    }
}
