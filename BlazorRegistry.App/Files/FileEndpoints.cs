using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Audit;
using BlazorRegistry.Core.Files;
using BlazorRegistry.App.Security;
using Microsoft.AspNetCore.Identity;

namespace BlazorRegistry.App.Files;

public static class FileEndpoints
{
    /// <summary>
    /// GET /files/{id}: an uploaded scan, for its owner and for staff only. Anybody else gets 404, as if
    /// the file did not exist, so ids cannot be probed. Shown inline (PDF and images open in the browser).
    /// </summary>
    public static IServiceCollection AddRegistryFiles(this IServiceCollection services) => services.AddHostedService<UploadSweep>();

    public static IEndpointRouteBuilder MapRegistryFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/{id}", async (string id, HttpContext http, FileStore files, UserManager<RegistryUser> users, AuditLog audit) =>
        {
            if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower))
                return Results.NotFound();
            var isStaff = http.User.IsInRole(Roles.Administrator) || http.User.IsInRole(Roles.Observer);
            var requester = users.GetUserId(http.User) ?? "";
            var found = await files.OpenAsync(id, requester, isStaff, http.RequestAborted);
            if (found is not { } f)
                return Results.NotFound();
            // An applicant's scan opened by staff is a view of personal data.
            if (f.File.OwnerId != requester)
                await audit.RecordAsync(ClientAddress.Of(http), AuditAction.DownloadedFile, subjectUserId: f.File.OwnerId, detail: f.File.Id, ct: http.RequestAborted);
            http.Response.Headers.CacheControl = "private, no-store";
            http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.UploadedFilePolicy;
            http.Response.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("inline") { FileNameStar = f.File.FileName }.ToString();
            return Results.File(f.Path, f.File.ContentType, enableRangeProcessing: true);
        }).RequireAuthorization().ExcludeFromDescription();
        return app;
    }
}
