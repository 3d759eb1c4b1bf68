using System.Linq.Expressions;
using BlazorRegistry.Core.Data;

namespace BlazorRegistry.Core.Applications;

/// <summary>
/// Who may see and fill in an application (the one place this is decided): the specialist it is about, and
/// the people of the organisation that files it for them (Order 21, cl. 2). Nobody else, whatever id they type.
/// </summary>
public static class ApplicationAccess
{
    public static Expression<Func<Application, bool>> FilledInBy(RegistryDbContext db, string userId) =>
        a => a.ApplicantId == userId
             || (a.OrganisationId != null && db.OrganisationMembers.Any(m => m.UserId == userId && m.OrganisationId == a.OrganisationId));

    /// <summary>Whether the uploads of <paramref name="ownerId"/> are open to <paramref name="userId"/>: their own, or those of an application their organisation files.</summary>
    public static IQueryable<bool> FilesOpenTo(RegistryDbContext db, string ownerId, string userId) =>
        db.Applications.Where(a => a.ApplicantId == ownerId && a.OrganisationId != null
                                   && db.OrganisationMembers.Any(m => m.UserId == userId && m.OrganisationId == a.OrganisationId))
            .Select(a => true);
}
