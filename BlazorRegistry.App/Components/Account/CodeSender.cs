using BlazorRegistry.App.Notifications;
using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.App.Components.Account;

/// <summary>Issues a one-time code and sends it on the account's own channel, in the account's language.</summary>
public sealed class CodeSender(OneTimeCodeService codes, NotificationService notifications)
{
    public async Task<Result<IssuedCode>> SendAsync(RegistryUser user, CodePurpose purpose)
    {
        var issued = await codes.IssueAsync(user.Id, purpose);
        if (!issued.Succeeded)
            return issued;
        var (channel, address) = user.PrimaryContact;
        await notifications.SendAsync(user.Id, channel == ContactChannel.Email ? NotificationChannel.Email : NotificationChannel.Sms,
            address, MessageTexts.Code(purpose, issued.Value!.Digits, user.PreferredLanguage),
            // A code that cannot arrive within its life is marked expired, never sent late.
            expiresAtUtc: issued.Value.ExpiresAtUtc);
        return issued;
    }
}
