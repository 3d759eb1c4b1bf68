using System.IO.Compression;
using System.Text;
using System.Xml;
using BlazorRegistry.Core.Register;

namespace BlazorRegistry.App.Register;

/// <summary>The register's rows as an XLSX workbook, the appendix's columns in the page language; any other table (a template) too.</summary>
public static class XlsxRegisterWriter
{
    /// <summary>
    /// A minimal Office Open XML workbook, written as a stream: the sheet's rows go out as they are read,
    /// with inline strings (no shared-string table to keep in memory).
    /// </summary>
    public static Task WriteAsync(Stream output, RegisterColumns columns, IAsyncEnumerable<RegisterRow> rows, string sheetName, CancellationToken ct) =>
        WriteTableAsync(output, columns.Headers, Cells(columns, rows, ct), sheetName, ct);

    private static async IAsyncEnumerable<IReadOnlyList<string>> Cells(RegisterColumns columns, IAsyncEnumerable<RegisterRow> rows,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in rows.WithCancellation(ct))
            yield return columns.Cells(row);
    }

    /// <summary>A header row (bold) and rows of text, as one sheet.</summary>
    public static async Task WriteTableAsync(Stream output, IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<string>> rows, string sheetName,
        CancellationToken ct)
    {
        // Synchronous writes into a buffered local file (RegisterExports writes to a temporary file, never
        // to the response): an async XmlWriter call per cell made 100,000 rows take 3.3 s (bench/results.md);
        // the rows themselves still arrive asynchronously from the database. The caller owns the stream.
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
                """);
            Add(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Add(zip, "xl/workbook.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{System.Security.SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            Add(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
                """);
            Add(zip, "xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>
                """);

            var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
            using var stream = sheet.Open();
            using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
            const string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement(null, "worksheet", ns);
            xml.WriteStartElement(null, "sheetData", ns);
            WriteRow(xml, headers, header: true);
            await foreach (var row in rows.WithCancellation(ct))
                WriteRow(xml, row, header: false);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        await output.FlushAsync(ct);

        static void WriteRow(XmlWriter xml, IReadOnlyList<string> cells, bool header)
        {
            xml.WriteStartElement(null, "row", null);
            foreach (var cell in cells)
            {
                xml.WriteStartElement(null, "c", null);
                xml.WriteAttributeString(null, "t", null, "inlineStr");
                if (header)
                    xml.WriteAttributeString(null, "s", null, "1");
                xml.WriteStartElement(null, "is", null);
                xml.WriteElementString(null, "t", null, Clean(cell));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
    }

    // XML 1.0 forbids most control characters; a stray one in typed text must not break the file.
    private static string Clean(string value) => value.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r'))
        ? new string(value.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r').ToArray())
        : value;

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(content.Trim()));
    }
}
