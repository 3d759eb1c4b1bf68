using System.Globalization;
using System.Resources;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Notifications;

namespace BlazorRegistry.App.Notifications;

/// <summary>
/// Words messages in the recipient's language, not the sender's: an administrator working in Russian
/// notifies a Kazakh-speaking applicant in Kazakh.
/// </summary>
public sealed class MessageTexts
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);

    public static string Text(string key, Language language, params object[] args)
    {
        var culture = SupportedCultures.CultureOf(language);
        var format = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"No text {key} in {culture}.");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }

    public static Message Code(CodePurpose purpose, string digits, Language language)
    {
        var minutes = (int)OneTimeCode.Lifetime.TotalMinutes;
        return purpose == CodePurpose.ConfirmAccount
            ? new Message(Text("Message_ConfirmCode_Subject", language), Text("Message_ConfirmCode_Body", language, digits, minutes),
                Text("Sms_ConfirmCode", language, digits, minutes))
            : new Message(Text("Message_ResetCode_Subject", language), Text("Message_ResetCode_Body", language, digits, minutes),
                Text("Sms_ResetCode", language, digits, minutes));
    }

    /// <summary>What the inbox keeps of a code: that it was sent, and where, never the code itself.</summary>
    public static Message CodeSentNote(CodePurpose purpose, string maskedAddress, Language language) => new(
        Text(purpose == CodePurpose.ConfirmAccount ? "Message_ConfirmCode_Subject" : "Message_ResetCode_Subject", language),
        Text("Message_CodeSent_Body", language, maskedAddress));
}
