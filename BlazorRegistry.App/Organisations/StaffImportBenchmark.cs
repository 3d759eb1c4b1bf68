using System.Diagnostics;
using System.Globalization;
using BlazorRegistry.App.Register;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Organisations;
using BlazorRegistry.Core.Organisations.Import;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.App.Organisations;

/// <summary>
/// bench/staff-import.sh's measurement (issue #16: 500 rows in under 10 seconds): a workbook of N valid staff
/// rows, made as an organisation would fill the template, imported through the same service as the page.
/// </summary>
public static class StaffImportBenchmark
{
    // dotnet BlazorRegistry.App.dll bench-import --rows 500 --Registry:DataDirectory=/tmp/x
    public static async Task RunStaffImportBenchmarkAsync(this WebApplication app, string[] args)
    {
        var at = Array.IndexOf(args, "--rows");
        var rows = at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var n) && n > 0 ? n : 500;
        var clerk = $"bench-import-{Guid.NewGuid():N}";
        var started = await app.Services.GetRequiredService<OrganisationService>().StartAsync(clerk, BinFor(Random.Shared.Next(1, 999_999)));
        if (!started.Succeeded)
            throw new InvalidOperationException("Could not start the benchmark's organisation: " + started.Errors[0].Code);

        var catalog = await app.Services.GetRequiredService<ReferenceDataProvider>().GetAsync();
        var random = new Random(16);
        var workbook = new MemoryStream();
        await XlsxRegisterWriter.WriteTableAsync(workbook, StaffTemplate.Headers(Language.Kazakh), Rows(rows, catalog, random), "Staff", default);
        var bytes = workbook.ToArray();

        var watch = Stopwatch.StartNew();
        var result = await app.Services.GetRequiredService<StaffImportService>().ImportAsync(clerk, new MemoryStream(bytes), StaffTemplate.HeaderNames);
        watch.Stop();
        if (!result.Succeeded)
            throw new InvalidOperationException("The import refused the file: " + result.Errors[0].Code);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Imported {result.Value!.Imported} of {rows} rows ({bytes.Length / 1024} KB XLSX) in {watch.Elapsed.TotalSeconds:F2} s; {result.Value.Problems.Count} problems{(result.Value.Problems.Count > 0 ? $" (first: row {result.Value.Problems[0].Row}, {result.Value.Problems[0].Column}, {result.Value.Problems[0].Code})" : "")}."));
    }

    private static async IAsyncEnumerable<IReadOnlyList<string>> Rows(int count, ReferenceCatalog catalog, Random random)
    {
        for (var i = 0; i < count; i++)
        {
            var born = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 365 * 40));
            var sex = random.Next(2) == 0 ? Sex.Female : Sex.Male;
            string? iin = null;
            for (var serial = random.Next(1, 9000); iin is null; serial++)
                iin = Iin.Compose(born, sex, serial);
            yield return
            [
                Surname(i), "Әсел", "Қайратқызы", born.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), iin,
                $"+7 705 {1_000_000 + i:D7}", "", catalog.Professions[i % catalog.Professions.Count].NameKk, "Әлеуметтік қызметкер", "10.01.2020",
            ];
            if (i % 100 == 0)
                await Task.Yield();
        }
    }

    /// <summary>Distinct surnames of letters only (a name holds no digits): Сынақова, Сынақовааб, …</summary>
    private static string Surname(int i)
    {
        const string letters = "абвгдежзиклмнопрстуфхцшыэюяәіңғүұқөһ";
        var suffix = "";
        for (var n = i; n > 0; n /= letters.Length)
            suffix += letters[n % letters.Length];
        return "Сынақова" + suffix;
    }

    /// <summary>A legal entity's BIN (type digit 4) whose check digit holds.</summary>
    private static string BinFor(int serial)
    {
        for (; ; serial++)
        {
            var first = string.Create(CultureInfo.InvariantCulture, $"0705{4}{serial % 1_000_000:D6}");
            if (IdentificationNumber.CheckDigitOf(first) is { } digit)
                return first + digit;
        }
    }
}
