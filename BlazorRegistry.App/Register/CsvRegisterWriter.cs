using System.Text;
using BlazorRegistry.Core.Register;

namespace BlazorRegistry.App.Register;

/// <summary>The register's rows as CSV, the appendix's columns in the page language.</summary>
public static class CsvRegisterWriter
{
    /// <summary>UTF-8 with a byte-order mark so Excel reads Kazakh letters; RFC 4180 quoting; ";" is left to the reader's locale.</summary>
    public static async Task WriteAsync(Stream output, RegisterColumns columns, IAsyncEnumerable<RegisterRow> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        await writer.WriteLineAsync(string.Join(',', columns.Headers.Select(Quote)));
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.WriteLineAsync(string.Join(',', columns.Cells(row).Select(Quote)));
            if (++count % 1000 == 0)
                await writer.FlushAsync(ct);
        }
        await writer.FlushAsync(ct);

        static string Quote(string value) =>
            value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
