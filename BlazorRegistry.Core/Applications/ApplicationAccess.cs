using System.Linq.Expressions;
using BlazorRegistry.Core.Data;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// Whether the scan <paramref name="fileId"/> of <paramref name="ownerId"/> is open to <paramref name="userId"/> as one of the
    /// filing organisation's people: only a scan one of their organisation's applications (or its submitted versions) refers to,
    /// never the specialist's other files.
    /// </summary>
    public static async Task<bool> FileOpenToOrganisationAsync(RegistryDbContext db, string fileId, string ownerId, string userId, CancellationToken ct)
    {
        var filed = await db.Applications.AsNoTracking()
            .Where(a => a.ApplicantId == ownerId && a.OrganisationId != null
                        && db.OrganisationMembers.Any(m => m.UserId == userId && m.OrganisationId == a.OrganisationId))
            .ToListAsync(ct);
        return filed.Any(a => Files.FileReferences.Of(a).Contains(fileId)
                              || (a.SubmittedSnapshot?.Contains(fileId, StringComparison.Ordinal) ?? false)
                              || (a.PreviousSnapshot?.Contains(fileId, StringComparison.Ordinal) ?? false));
    }
}
