using System.Globalization;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core.Register;
using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace BlazorRegistry.App.Register;

/// <summary>
/// The extract as an A4 PDF: title, number and date of issue, the ten columns of the register form (and
/// the IIN after the date of birth) as label and value, the entry's standing, and the verification QR code
/// drawn as vector squares (sharp at any zoom, no image decoding). Long values wrap and flow onto a new page.
/// </summary>
internal static class ExtractDocument
{
    private const double Margin = 50, LabelWidth = 170, Gap = 12;
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public static byte[] Write(RegisterEntry entry, RegisterColumns columns, IStringLocalizer<SharedResource> text, string verifyUrl, DateOnly issuedOn)
    {
        ExtractFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = $"{text["Extract_Title"]} {entry.Number}";
        document.Info.Creator = text["App_Name"];
        var writer = new PageWriter(document);

        writer.Paragraph(text["Register_Title"], 9, bold: false, XBrushes.DimGray);
        writer.Space(6);
        writer.Paragraph(text["Extract_Title"], 15, bold: true);
        writer.Space(4);
        var issued = issuedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        writer.Paragraph($"{text["MyEntry_Number"]}: {entry.Number}", 10, bold: false);
        writer.Paragraph($"{text["Extract_IssuedOn"]}: {issued}", 10, bold: false);
        writer.Space(14);

        var headers = columns.Headers;
        var cells = columns.Cells(RegisterRow.For(entry, RegisterAudience.Staff));
        for (var i = 0; i < RegisterColumns.Count; i++)
        {
            writer.Row($"{i + 1}. {headers[i]}", string.IsNullOrWhiteSpace(cells[i]) ? "—" : cells[i]);
            if (i == 1)
                writer.Row(text["Field_Iin"], entry.Iin ?? "—");
        }
        writer.Row(text["Extract_Standing"], entry.State == EntryState.AmendmentPending
            ? $"{text["EntryState_Registered"]} ({text["EntryState_AmendmentPending"]})"
            : text[$"EntryState_{entry.State}"]);

        writer.Space(18);
        writer.QrCode(verifyUrl, text["Extract_Verify"]);
        writer.Space(10);
        writer.Paragraph(text["Extract_Footer"], 8, bold: false, XBrushes.DimGray);
        writer.Finish();

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>Writes top to bottom, starting a new page when the next block would not fit.</summary>
    private sealed class PageWriter(PdfDocument document)
    {
        private XGraphics? _page;
        private double _y, _height;

        private XGraphics Page
        {
            get
            {
                if (_page is null)
                {
                    var page = document.AddPage();
                    page.Size = PdfSharp.PageSize.A4;
                    _page = XGraphics.FromPdfPage(page);
                    _height = page.Height.Point;
                    _y = Margin;
                }
                return _page;
            }
        }

        private double Width => document.Pages.Count == 0 ? 495 : document.Pages[0].Width.Point - 2 * Margin;

        public void Space(double points) => _y += points;

        public void Paragraph(string text, double size, bool bold, XBrush? brush = null)
        {
            var font = Font(size, bold);
            var lines = Wrap(Page, text, font, Width);
            Reserve(lines.Count * Leading(font));
            foreach (var line in lines)
            {
                Page.DrawString(line, font, brush ?? XBrushes.Black, new XPoint(Margin, _y + font.Size));
                _y += Leading(font);
            }
        }

        /// <summary>A label and its value side by side, the value wrapped; a thin rule below.</summary>
        public void Row(string label, string value)
        {
            var labelFont = Font(8.5, true);
            var valueFont = Font(9.5, false);
            var valueWidth = Width - LabelWidth - Gap;
            var labelLines = Wrap(Page, label, labelFont, LabelWidth);
            // Multi-record columns ("…; …") put each record on a line of its own.
            var valueLines = value.Split("; ").SelectMany(part => Wrap(Page, part, valueFont, valueWidth)).ToList();
            var height = Math.Max(labelLines.Count * Leading(labelFont), valueLines.Count * Leading(valueFont)) + 8;
            if (height > _height - 2 * Margin)
            {
                // A value longer than a page: flow it line by line instead of as one block.
                foreach (var chunk in valueLines.Chunk(40))
                    Row(label, string.Join(" ", chunk));
                return;
            }
            Reserve(height);
            var top = _y;
            for (var i = 0; i < labelLines.Count; i++)
                Page.DrawString(labelLines[i], labelFont, XBrushes.DimGray, new XPoint(Margin, top + labelFont.Size + i * Leading(labelFont)));
            for (var i = 0; i < valueLines.Count; i++)
                Page.DrawString(valueLines[i], valueFont, XBrushes.Black, new XPoint(Margin + LabelWidth + Gap, top + valueFont.Size + i * Leading(valueFont)));
            _y = top + height;
            Page.DrawLine(new XPen(XColors.LightGray, 0.5), Margin, _y - 4, Margin + Width, _y - 4);
        }

        /// <summary>The QR code (error correction M) with its caption and the address in words beside it.</summary>
        public void QrCode(string url, string caption)
        {
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
            var modules = data.ModuleMatrix;
            const double size = 120;
            var cell = size / modules.Count;
            Reserve(size);
            var top = _y;
            for (var row = 0; row < modules.Count; row++)
                for (var col = 0; col < modules.Count; col++)
                    if (modules[row][col])
                        Page.DrawRectangle(XBrushes.Black, Margin + col * cell, top + row * cell, cell + 0.05, cell + 0.05);
            var textLeft = Margin + size + Gap;
            var font = Font(9, false);
            var small = Font(7, false);
            var y = top + 12;
            foreach (var line in Wrap(Page, caption, font, Width - size - Gap))
            {
                Page.DrawString(line, font, XBrushes.Black, new XPoint(textLeft, y + font.Size));
                y += Leading(font);
            }
            y += 4;
            foreach (var line in Wrap(Page, url, small, Width - size - Gap))
            {
                Page.DrawString(line, small, XBrushes.DimGray, new XPoint(textLeft, y + small.Size));
                y += Leading(small);
            }
            _y = Math.Max(top + size, y);
        }

        public void Finish() => _page?.Dispose();

        private void Reserve(double height)
        {
            _ = Page;
            if (_y + height <= _height - Margin)
                return;
            _page!.Dispose();
            _page = null;
            _ = Page;
        }

        private static XFont Font(double size, bool bold) =>
            new(ExtractFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

        private static double Leading(XFont font) => font.Size * 1.35;

        /// <summary>Breaks text into lines that fit <paramref name="width"/>: between words, and inside a word only when it alone is too wide.</summary>
        private static List<string> Wrap(XGraphics g, string text, XFont font, double width)
        {
            var lines = new List<string>();
            var line = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (g.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0)
                    lines.Add(line);
                line = word;
                while (g.MeasureString(line, font).Width > width && line.Length > 1)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && g.MeasureString(line[..fit], font).Width > width)
                        fit--;
                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }
            if (line.Length > 0 || lines.Count == 0)
                lines.Add(line);
            return lines;
        }
    }
}
