namespace BlazorRegistry.Core.Notifications;

/// <summary>
/// How many SMS segments a text takes, as operators bill it. Any character outside the GSM 7-bit alphabet
/// (every Cyrillic and Kazakh letter) sends the whole text as UCS-2: 70 characters in one segment, 67 in
/// each of several. GSM texts hold 160, or 153 per segment.
/// </summary>
public static class SmsSegments
{
    private const string Gsm7 =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    public static int Count(string text)
    {
        var unicode = text.Any(c => !Gsm7.Contains(c));
        var (single, multi) = unicode ? (70, 67) : (160, 153);
        return text.Length <= single ? 1 : (text.Length + multi - 1) / multi;
    }
}
