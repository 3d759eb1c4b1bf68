namespace BlazorRegistry.App.Organisations;

/// <summary>The organisations feature's services (issue #16).</summary>
public static class OrganisationsSetup
{
    public static IServiceCollection AddRegistryOrganisations(this IServiceCollection services) => services.AddScoped<InvitationSender>().AddSingleton<PublicAddress>();
}
