using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.PostgreSql.Migrations
{
    /// <summary>
    /// Issue #21, point 3, on PostgreSQL: trigram indexes (pg_trgm, in Debian's postgresql package; a trusted extension,
    /// so the database's owner may create it) on the folded name and on its coarse form, the very expression
    /// PostgreSqlDatabase.WhereNameHasAsync compares a Latin word with, so LIKE '%word%' is answered from the index.
    /// </summary>
    [DbContext(typeof(PostgreSqlRegistryDbContext))]
    [Migration("20261203013000_BoardNameIndex")]
    public partial class BoardNameIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("""CREATE INDEX "IX_Applications_NameKey_Trigram" ON "Applications" USING gin ("NameKey" gin_trgm_ops);""");
            migrationBuilder.Sql($"""
                CREATE INDEX "IX_Applications_CoarseName_Trigram" ON "Applications" USING gin (({string.Format(Data.Migrations.BoardNameIndex.Coarse, "\"NameKey\"")}) gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Applications_CoarseName_Trigram";""");
            migrationBuilder.Sql("""DROP INDEX "IX_Applications_NameKey_Trigram";""");
        }
    }
}
