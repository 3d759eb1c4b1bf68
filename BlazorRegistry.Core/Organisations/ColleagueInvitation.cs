namespace BlazorRegistry.Core.Organisations;

/// <summary>
/// An organisation administrator's invitation to a colleague. Nobody becomes an organisation's member (and
/// sees its specialists' data) without accepting: the colleague, signed in, accepts or declines it on the
/// organisation page.
/// </summary>
public sealed class ColleagueInvitation
{
    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string UserId { get; private set; } = "";
    public string InvitedById { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }

    private ColleagueInvitation() { }

    public static ColleagueInvitation Of(int organisationId, string userId, string invitedById, DateTime nowUtc) =>
        new() { OrganisationId = organisationId, UserId = userId, InvitedById = invitedById, CreatedAtUtc = nowUtc };
}
