namespace BlazorRegistry.Core.Organisations;

/// <summary>What a person may do for their organisation.</summary>
public enum OrganisationRole
{
    /// <summary>Fills in the organisation and its applications, and invites colleagues.</summary>
    OrganisationAdministrator = 1,
    /// <summary>Fills in applications for the organisation's specialists.</summary>
    Staff = 2,
}

/// <summary>A person working for an organisation in the portal. A person belongs to one organisation at most.</summary>
public sealed class OrganisationMember
{
    public int OrganisationId { get; private set; }
    public string UserId { get; private set; } = "";
    public OrganisationRole Role { get; private set; }
    public DateTime AddedAtUtc { get; private set; }

    private OrganisationMember() { }

    public static OrganisationMember Of(Organisation organisation, string userId, OrganisationRole role, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return new OrganisationMember { OrganisationId = organisation.Id, UserId = userId, Role = role, AddedAtUtc = nowUtc };
    }
}
