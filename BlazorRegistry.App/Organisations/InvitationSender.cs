using BlazorRegistry.App.Localization;
using BlazorRegistry.App.Notifications;
using BlazorRegistry.Core;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Core.Organisations;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.App.Organisations;

/// <summary>
/// Sends a specialist the organisation's invitation to confirm their data: by SMS or e-mail, in the language
/// the organisation chose for them. The link is a secret: the queued text is dropped once delivered or expired,
/// and the specialist's inbox only says that it was sent.
/// </summary>
public sealed class InvitationSender(SpecialistConfirmationService confirmations, NotificationService notifications, PublicAddress address)
{
    public async Task<Result<IssuedInvitation>> SendAsync(string memberId, int applicationId, ContactChannel channel, Language language, string siteBaseUri)
    {
        if (address.For(siteBaseUri) is not { } site)
            return Result<IssuedInvitation>.Fail(ErrorCode.PublicAddressMissing);
        var issued = await confirmations.InviteAsync(memberId, applicationId, channel, language);
        if (!issued.Succeeded)
            return issued;
        var invitation = issued.Value!;
        var organisation = invitation.Organisation;
        var name = (language == Language.Russian ? organisation.NameRu : organisation.NameKk) ?? organisation.Bin;
        var message = MessageTexts.Invitation(name, organisation.Bin, $"{site}/specialist/{invitation.Token}?culture={SupportedCultures.CultureOf(language).Name}", invitation.ExpiresAtUtc, language);
        var note = new Message(message.Subject, MessageTexts.Text("Message_InvitationSent_Body", language, invitation.Destination.Masked));
        await notifications.SendSecretAsync(invitation.Invitee.Id, channel == ContactChannel.Email ? NotificationChannel.Email : NotificationChannel.Sms,
            invitation.Destination.Value, message, note, invitation.ExpiresAtUtc);
        return issued;
    }
}
