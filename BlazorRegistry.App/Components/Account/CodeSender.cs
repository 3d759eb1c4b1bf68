using BlazorRegistry.App.Notifications;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.App.Components.Account;

/// <summary>
/// Issues a one-time code and sends it on the account's own channel, in the account's language. The inbox
/// only says that a code was sent; the queued message loses its text once delivered or expired.
/// </summary>
public sealed class CodeSender(OneTimeCodeService codes, NotificationService notifications)
{
    public async Task<Result<IssuedCode>> SendAsync(RegistryUser user, CodePurpose purpose, string? clientAddress)
    {
        var issued = await codes.IssueAsync(user.Id, purpose, clientAddress);
        if (!issued.Succeeded)
            return issued;
        var (channel, address) = user.PrimaryContact;
        var masked = new AccountIdentifier(channel, address).Masked;
        await notifications.SendSecretAsync(user.Id, channel == ContactChannel.Email ? NotificationChannel.Email : NotificationChannel.Sms,
            address, MessageTexts.Code(purpose, issued.Value!.Digits, user.PreferredLanguage),
            MessageTexts.CodeSentNote(purpose, masked, user.PreferredLanguage), issued.Value.ExpiresAtUtc,
            noteLapsesWithSecret: purpose == CodePurpose.ConfirmAccount);
        return issued;
    }
}
