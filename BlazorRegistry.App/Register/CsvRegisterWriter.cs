using System.Text;
using BlazorRegistry.Core.Register;

namespace BlazorRegistry.App.Register;

/// <summary>The register's rows as CSV, the appendix's columns in the page language.</summary>
public static class CsvRegisterWriter
{
    /// <summary>
    /// UTF-8 with a byte-order mark so Excel reads Kazakh letters; RFC 4180 quoting; the separator Excel
    /// expects in the page's culture (";" for kk-KZ and ru-RU, whose decimal separator is a comma).
    /// </summary>
    public static async Task WriteAsync(Stream output, RegisterColumns columns, IAsyncEnumerable<RegisterRow> rows, string separator, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        await writer.WriteLineAsync(Line(columns.Headers, separator));
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.WriteLineAsync(Line(columns.Cells(row), separator));
            if (++count % 1000 == 0)
                await writer.FlushAsync(ct);
        }
        await writer.FlushAsync(ct);
    }

    /// <summary>
    /// A small table held in memory (a check's answer, a figure, a template) as a CSV download, written as the
    /// register's export is: a byte-order mark, ";" between cells, every cell neutralised and quoted as needed.
    /// </summary>
    public static IResult File(IEnumerable<IEnumerable<string>> rows, string fileName)
    {
        var text = string.Concat(rows.Select(r => Line(r, ";") + "\r\n"));
        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), "text/csv; charset=utf-8", fileName);
    }

    private static string Line(IEnumerable<string> cells, string separator) => string.Join(separator, cells.Select(c => Cell(c, separator)));

    /// <summary>One cell, quoted when needed and never read as a formula.</summary>
    public static string Cell(string value, string separator)
    {
        var text = Neutralise(value);
        return text.Contains(separator, StringComparison.Ordinal) || text.IndexOfAny(['"', '\n', '\r']) >= 0
            ? "\"" + text.Replace("\"", "\"\"") + "\""
            : text;
    }

    /// <summary>
    /// A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before one) gets
    /// a leading apostrophe: an employer typed as "=HYPERLINK(…)" must reach staff as text (OWASP, CSV injection).
    /// </summary>
    public static string Neutralise(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
