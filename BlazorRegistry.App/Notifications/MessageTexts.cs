using System.Globalization;
using System.Resources;
using BlazorRegistry.App.Localization;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Calendar;
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
        var name = NameOf(purpose);
        return new Message(Text($"Message_{name}_Subject", language), Text($"Message_{name}_Body", language, digits, minutes),
            Text($"Sms_{name}", language, digits, minutes));
    }

    /// <summary>What the inbox keeps of a code: that it was sent, and where, never the code itself.</summary>
    public static Message CodeSentNote(CodePurpose purpose, string maskedAddress, Language language) => new(
        Text($"Message_{NameOf(purpose)}_Subject", language), Text("Message_CodeSent_Body", language, maskedAddress));

    /// <summary>
    /// An organisation asks its specialist to confirm the data it filed: who asks (the organisation's name in the
    /// specialist's language, its BIN), the link, until when it works.
    /// </summary>
    public static Message Invitation(string organisationName, string bin, string link, DateTime expiresAtUtc, Language language)
    {
        var until = DateWords.Format(KazakhstanTime.DateOf(expiresAtUtc), language, DateCase.Dative);
        return new Message(Text("Message_Invitation_Subject", language), Text("Message_Invitation_Body", language, organisationName, bin, link, until),
            Text("Sms_Invitation", language, organisationName, link));
    }

    private static string NameOf(CodePurpose purpose) => purpose switch
    {
        CodePurpose.ConfirmAccount => "ConfirmCode",
        CodePurpose.ResetPassword => "ResetCode",
        CodePurpose.ConfirmOrganisationPhone or CodePurpose.ConfirmOrganisationEmail => "ContactCode",
        _ => "SpecialistCode",
    };
}
