using System.Text;
using BlazorRegistry.App.Organisations;
using BlazorRegistry.App.Register;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Organisations;
using BlazorRegistry.Core.Organisations.Import;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Rules;
using BlazorRegistry.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BlazorRegistry.Tests.Core.Organisations;

/// <summary>Issue #16, point 3: the staff list, row by row, over SQLite; whole files refused before anything is written.</summary>
public class StaffImport
{
    private const string Clerk = "import-clerk";

    private static async Task<(TestDatabase Test, StaffImportService Import)> OrganisationAsync()
    {
        var test = await TestDatabase.CreateAsync();
        Assert.True((await test.Get<OrganisationService>().StartAsync(Clerk, TestBins.Next())).Succeeded);
        return (test, test.Get<StaffImportService>());
    }

    private static string[] Row(string surname, DateOnly born, string? iin = null, string started = "10.01.2015", string profession = "") =>
        [surname, "Асан", "", born.ToString("dd.MM.yyyy"), iin ?? TestIins.Next(born), "+7 701 555 01 02", "", profession, "Әлеуметтік қызметкер", started];

    private static MemoryStream Csv(IEnumerable<string[]> rows, char delimiter = ';') =>
        new(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Join("\r\n", rows.Select(r => string.Join(delimiter, r))))).ToArray());

    private static async Task<int> DraftsAsync(TestDatabase test)
    {
        await using var db = test.NewContext();
        return await db.Applications.CountAsync(a => a.OrganisationId != null);
    }

    [Fact]
    public async Task GoodRowsBecomeDraftsAndEachBadOneIsNamedByRowColumnAndRule()
    {
        var (test, import) = await OrganisationAsync();
        await using var _ = test;
        var profession = ReferenceDataSeed.Professions[0];
        var born = new DateOnly(1988, 3, 2);
        var rows = new List<string[]>
        {
            StaffTemplate.Headers(Language.Russian).ToArray(),
            Row("Ахметова", born, profession: profession.NameRu),
            Row("Бекова", born, profession: profession.NameKk.ToUpperInvariant()),
            Row("Жоқова", born, iin: "880302400001", started: "01.01.2099", profession: "Космонавт"),
        };
        var result = (await import.ImportAsync(Clerk, Csv(rows), StaffTemplate.HeaderNames)).Value!;

        Assert.Equal(2, result.Imported);
        Assert.Equal(
            [new StaffImportProblem(4, StaffColumn.Iin, ErrorCode.IinCheckDigit), new StaffImportProblem(4, StaffColumn.Profession, ErrorCode.ProfessionUnknown),
             new StaffImportProblem(4, StaffColumn.StartedOn, ErrorCode.DateInFuture)],
            result.Problems.OrderBy(p => p.Column));
        await using var db = test.NewContext();
        var drafts = await db.Applications.Where(a => result.ApplicationIds.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["Ахметова Асан", "Бекова Асан"], drafts.Select(d => d.Personal.FullName));
        Assert.All(drafts, d =>
        {
            Assert.True(d.AwaitsSpecialistConfirmation);
            Assert.Equal((profession.Id, "+77015550102"), (d.Profession.ProfessionId, d.Contacts.Mobile));
            Assert.Equal((new DateOnly(2015, 1, 10), "Әлеуметтік қызметкер", true), (d.Employment[0].StartedOn, d.Employment[0].Position, d.Employment[0].IsCurrent));
        });
    }

    [Fact]
    public async Task TheTemplatesXlsxReadsBackInEitherLanguageAndCommasToo()
    {
        var (test, import) = await OrganisationAsync();
        await using var _ = test;
        foreach (var language in Languages.All)
        {
            var xlsx = new MemoryStream();
            await XlsxRegisterWriter.WriteTableAsync(xlsx, StaffTemplate.Headers(language), Rows(StaffTemplate.Example(language, ReferenceCatalog.Seeded)), "Sheet", default);
            xlsx.Position = 0;
            var result = (await import.ImportAsync(Clerk, xlsx, StaffTemplate.HeaderNames)).Value!;
            Assert.Equal((1, 0), (result.Imported, result.Problems.Count));
        }
        var csv = Csv([[.. StaffTemplate.Headers(Language.Kazakh)], Row("Үтемісова", new DateOnly(1979, 12, 31), profession: ReferenceDataSeed.Professions[1].NameKk)], ',');
        Assert.Equal(1, (await import.ImportAsync(Clerk, csv, StaffTemplate.HeaderNames)).Value!.Imported);
        Assert.Equal(3, await DraftsAsync(test));

        static async IAsyncEnumerable<IReadOnlyList<string>> Rows(IReadOnlyList<string> row)
        {
            await Task.Yield();
            yield return row;
        }
    }

    [Fact]
    public async Task AWholeFileIsRefusedBeforeAnythingIsWritten()
    {
        var (test, import) = await OrganisationAsync();
        await using var _ = test;
        var good = Row("Ахметова", new DateOnly(1988, 3, 2), profession: ReferenceDataSeed.Professions[0].NameRu);
        var headers = StaffTemplate.Headers(Language.Russian).ToArray();
        var renamed = headers.Select((h, i) => i == 4 ? "Номер паспорта" : h).ToArray();
        var missingColumn = headers[..^1];
        var png = new MemoryStream([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        var huge = new MemoryStream(new byte[StaffTable.MaxBytes + 1]);

        Assert.Equal(ErrorCode.ImportHeadersWrong, Assert.Single((await import.ImportAsync(Clerk, Csv([renamed, good]), StaffTemplate.HeaderNames)).Errors).Code);
        Assert.Equal(ErrorCode.ImportHeadersWrong, Assert.Single((await import.ImportAsync(Clerk, Csv([missingColumn, good]), StaffTemplate.HeaderNames)).Errors).Code);
        Assert.Equal(ErrorCode.ImportFileType, Assert.Single((await import.ImportAsync(Clerk, png, StaffTemplate.HeaderNames)).Errors).Code);
        Assert.Equal(ErrorCode.ImportFileTooLarge, Assert.Single((await import.ImportAsync(Clerk, huge, StaffTemplate.HeaderNames)).Errors).Code);
        Assert.Equal(ErrorCode.ImportEmpty, Assert.Single((await import.ImportAsync(Clerk, Csv([headers]), StaffTemplate.HeaderNames)).Errors).Code);
        // A zip that is no workbook is not a staff list either.
        Assert.Equal(ErrorCode.ImportFileType, Assert.Single((await import.ImportAsync(Clerk, new MemoryStream([(byte)'P', (byte)'K', 3, 4, 0, 0]), StaffTemplate.HeaderNames)).Errors).Code);
        // Somebody who is not an organisation's imports nothing, whatever the file.
        Assert.Equal(ErrorCode.OrganisationNotFound, Assert.Single((await import.ImportAsync("stranger", Csv([headers, good]), StaffTemplate.HeaderNames)).Errors).Code);
        Assert.Equal(0, await DraftsAsync(test));
    }
}

/// <summary>Issue #16's import under attack: a small workbook that unpacks into something huge is refused, never read whole.</summary>
public class StaffImportLimits
{
    private static MemoryStream Workbook(string sheetXml)
    {
        var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(sheetXml);
        }
        buffer.Position = 0;
        return buffer;
    }

    [Fact]
    public async Task AFarAwayColumnIsNoStaffList()
    {
        // One cell at column ZZZZZZ: read naively, a row 321 million cells wide.
        var far = Workbook("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c r="ZZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row><row><c r="A2"/></row></sheetData></worksheet>""");
        Assert.Equal(ErrorCode.ImportFileType, Assert.Single((await StaffTable.ReadAsync(far)).Errors).Code);
    }

    [Fact]
    public async Task RowsPastTheLimitAreNotReadEvenEmptyOnes()
    {
        var rows = string.Concat(Enumerable.Repeat("<row/>", StaffTable.MaxRows + 5));
        var many = Workbook($"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>""");
        Assert.Equal(ErrorCode.ImportTooManyRows, Assert.Single((await StaffTable.ReadAsync(many)).Errors).Code);
    }

    [Fact]
    public async Task ATextThatUnpacksPastTheLimitIsRefused()
    {
        // 50 million characters compress to well under 5 MB.
        var huge = Workbook($"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="inlineStr"><is><t>{new string('a', 50_000_000)}</t></is></c></row></sheetData></worksheet>""");
        Assert.True(huge.Length < StaffTable.MaxBytes, $"{huge.Length} bytes");
        Assert.Equal(ErrorCode.ImportFileType, Assert.Single((await StaffTable.ReadAsync(huge)).Errors).Code);
    }
}
