using PdfSharp.Fonts;

namespace BlazorRegistry.App.Register;

/// <summary>
/// The extract's typeface: DejaVu Sans (regular and bold), embedded in the app so a fresh server needs no
/// font package; it has every Kazakh letter (ә ғ қ ң ө ұ ү һ і). Licence: Fonts/LICENSE-DejaVu.txt.
/// PDFsharp asks a process-wide resolver, set once.
/// </summary>
internal sealed class ExtractFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans", Bold = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not ExtractFonts)
                GlobalFontSettings.FontResolver = new ExtractFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(ExtractFonts).Assembly.GetManifestResourceStream($"BlazorRegistry.App.Register.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
