using System.IO.Compression;
using System.Text;
using System.Xml;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Core.Organisations.Import;

/// <summary>
/// Reads an organisation's staff list: a CSV (comma or semicolon, as Excel saves it in either locale; UTF-8,
/// with or without its mark) or the first sheet of an XLSX workbook. The kind is told from the content, not
/// the file's name. Anything else, an empty file, or one past the limits is refused as a whole.
/// </summary>
public static class StaffTable
{
    public const long MaxBytes = 5 * 1024 * 1024;
    /// <summary>Rows of staff (the header not counted): a care home's whole staff several times over.</summary>
    public const int MaxRows = 2000;
    /// <summary>The template has ten columns; a sheet reaching past this is no staff list (and must not allocate a row that wide).</summary>
    private const int MaxColumns = 64;
    /// <summary>What a workbook may unpack to: 5 MB compressed may hide gigabytes (a zip bomb).</summary>
    private const long MaxUnpackedCharacters = 40_000_000;
    private const int MaxSharedStrings = 200_000;

    public static async Task<Result<IReadOnlyList<string[]>>> ReadAsync(Stream content, CancellationToken ct = default)
    {
        // Read at most one byte past the limit: a larger file is refused without being read whole.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
                return Result<IReadOnlyList<string[]>>.Fail(ErrorCode.ImportFileTooLarge);
        }
        if (buffer.Length == 0)
            return Result<IReadOnlyList<string[]>>.Fail(ErrorCode.ImportEmpty);
        var bytes = buffer.ToArray();
        IReadOnlyList<string[]>? rows;
        try
        {
            rows = bytes is [(byte)'P', (byte)'K', 3, 4, ..] ? ReadXlsx(bytes) : ReadCsv(bytes);
        }
        catch (TooManyRows)
        {
            return Result<IReadOnlyList<string[]>>.Fail(ErrorCode.ImportTooManyRows);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or DecoderFallbackException or FormatException or OverflowException)
        {
            // Not a workbook, or one past the limits (unpacked size, columns, rows): refused whole.
            rows = null;
        }
        if (rows is null)
            return Result<IReadOnlyList<string[]>>.Fail(ErrorCode.ImportFileType);
        rows = rows.Where(r => r.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (rows.Count < 2)
            return Result<IReadOnlyList<string[]>>.Fail(ErrorCode.ImportEmpty);
        if (rows.Count - 1 > MaxRows)
            return Result<IReadOnlyList<string[]>>.Fail(ErrorCode.ImportTooManyRows);
        return Result<IReadOnlyList<string[]>>.Ok(rows);
    }

    /// <summary>RFC 4180 with the delimiter taken from the header line; null for binary content (not text).</summary>
    private static List<string[]>? ReadCsv(byte[] bytes)
    {
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        if (text.Any(c => c == '\0' || (char.IsControl(c) && c is not ('\r' or '\n' or '\t'))))
            return null;
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == delimiter) { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString().TrimEnd('\r'));
            rows.Add([.. row]);
        }
        return rows;
    }

    /// <summary>The first worksheet's cells: shared and inline strings, numbers as written (dates stay serial numbers).</summary>
    private static List<string[]>? ReadXlsx(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var sheet = zip.GetEntry("xl/worksheets/sheet1.xml") ?? zip.Entries.FirstOrDefault(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
        if (sheet is null)
            return null;
        var shared = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is { } strings)
        {
            using var reader = XmlReader.Create(strings.Open(), Settings);
            while (reader.ReadToFollowing("si"))
            {
                if (shared.Count >= MaxSharedStrings)
                    throw new FormatException("Too many shared strings for a staff list.");
                shared.Add(TextOf(reader.ReadSubtree()));
            }
        }
        var rows = new List<string[]>();
        using (var reader = XmlReader.Create(sheet.Open(), Settings))
        {
            while (reader.ReadToFollowing("row"))
            {
                // Rows past the header and the rows allowed (empty ones too) are not read: the file is refused.
                if (rows.Count > MaxRows)
                    throw new TooManyRows();
                var cells = new SortedDictionary<int, string>();
                using var row = reader.ReadSubtree();
                var next = 0;
                while (row.ReadToFollowing("c"))
                {
                    var column = row.GetAttribute("r") is { } reference ? ColumnOf(reference) : next;
                    if (column is < 0 or >= MaxColumns)
                        throw new FormatException($"Column {column} is past a staff list's columns.");
                    next = column + 1;
                    var type = row.GetAttribute("t");
                    using var c = row.ReadSubtree();
                    string value = "";
                    while (c.Read())
                    {
                        if (c.NodeType != XmlNodeType.Element)
                            continue;
                        if (c.LocalName == "v")
                            value = c.ReadElementContentAsString();
                        else if (c.LocalName == "is")
                        {
                            value = TextOf(c.ReadSubtree());
                            break;
                        }
                    }
                    if (type == "s" && int.TryParse(value, out var index))
                        value = index >= 0 && index < shared.Count ? shared[index] : "";
                    cells[column] = value;
                }
                rows.Add(cells.Count == 0 ? [] : Enumerable.Range(0, cells.Keys.Max() + 1).Select(i => cells.GetValueOrDefault(i, "")).ToArray());
            }
        }
        return rows;
    }

    private sealed class TooManyRows : Exception;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxUnpackedCharacters,
    };

    private static string TextOf(XmlReader item)
    {
        var text = new StringBuilder();
        while (item.Read())
            if (item.NodeType == XmlNodeType.Element && item.LocalName == "t")
                text.Append(item.ReadElementContentAsString());
        return text.ToString();
    }

    /// <summary>"C7" → 2.</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter).Take(4))
            column = column * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return column - 1;
    }
}
