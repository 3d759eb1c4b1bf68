using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorRegistry.Core.Data.Migrations
{
    /// <summary>
    /// Issue #21, point 3: the board's name search through an index, not a scan of every application. An FTS5 table
    /// with the trigram tokenizer holds each application's folded name and its coarse form (what Latin spelling is
    /// compared with, NameSearch.Coarse), kept by triggers in the same statement as the application's own write; a
    /// word of three letters or more is found by the index, substring semantics unchanged. Not in the EF model (a
    /// virtual table): read by SqliteDatabase.WhereNameHasAsync only.
    /// </summary>
    [DbContext(typeof(RegistryDbContext))]
    [Migration("20261203013000_BoardNameIndex")]
    public partial class BoardNameIndex : Migration
    {
        /// <summary>The coarse key in SQL, the same replacements in the same order as NameSearch.Coarse.</summary>
        internal const string Coarse = """replace(replace(replace(replace(replace(replace(replace(replace(replace({0}, 'я', 'иа'), 'ю', 'иу'), 'ы', 'и'), 'й', 'и'), 'э', 'е'), 'щ', 'ш'), 'ъ', ''), 'ь', ''), 'ии', 'и')""";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE VIRTUAL TABLE "ApplicationNames" USING fts5("Folded", "Coarse", tokenize = 'trigram');""");
            migrationBuilder.Sql($"""
                INSERT INTO "ApplicationNames"(rowid, "Folded", "Coarse")
                SELECT "Id", "NameKey", {string.Format(Coarse, "\"NameKey\"")} FROM "Applications";
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "ApplicationNames_Insert" AFTER INSERT ON "Applications" BEGIN
                    INSERT INTO "ApplicationNames"(rowid, "Folded", "Coarse") VALUES (new."Id", new."NameKey", {string.Format(Coarse, "new.\"NameKey\"")});
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "ApplicationNames_Update" AFTER UPDATE OF "NameKey" ON "Applications" BEGIN
                    DELETE FROM "ApplicationNames" WHERE rowid = old."Id";
                    INSERT INTO "ApplicationNames"(rowid, "Folded", "Coarse") VALUES (new."Id", new."NameKey", {string.Format(Coarse, "new.\"NameKey\"")});
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ApplicationNames_Delete" AFTER DELETE ON "Applications" BEGIN
                    DELETE FROM "ApplicationNames" WHERE rowid = old."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "ApplicationNames_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER "ApplicationNames_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER "ApplicationNames_Insert";""");
            migrationBuilder.Sql("""DROP TABLE "ApplicationNames";""");
        }
    }
}
