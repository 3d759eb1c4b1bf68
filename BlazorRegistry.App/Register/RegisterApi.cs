using System.Threading.RateLimiting;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using Microsoft.AspNetCore.RateLimiting;

namespace BlazorRegistry.App.Register;

/// <summary>A name in both languages of the register, with its code where the state gives one.</summary>
public sealed record ApiName(string? Code, string Kk, string Ru);

public sealed record ApiExperience(int Years, int Months);

public sealed record ApiEducation(ApiName? Level, string? Institution, DateOnly? StartedOn, DateOnly? FinishedOn, string? DocumentSeries, string? DocumentNumber, DateOnly? DocumentIssuedOn);

public sealed record ApiEmployment(string? Organisation, string? Bin, string? Position, string? StaffPosition, DateOnly? StartedOn, DateOnly? FinishedOn);

public sealed record ApiQualification(ApiName? Category, DateOnly? AssignedOn, string? Commission);

/// <summary>
/// One public register entry in the form of Order 21's appendix. Date of birth, contacts and registered
/// address are null unless the specialist consented to publish them.
/// </summary>
public sealed record ApiEntry(
    string Number,
    string FullName,
    DateOnly? DateOfBirth,
    string? Mobile,
    string? Email,
    ApiName? Region,
    string Locality,
    string? RegisteredAddress,
    ApiName? Profession,
    ApiExperience Experience,
    IReadOnlyList<ApiEducation> Education,
    IReadOnlyList<ApiEmployment> Employment,
    IReadOnlyList<ApiQualification> Qualifications,
    DateOnly IncludedOn);

public sealed record ApiPage(int Total, int Page, int PageSize, IReadOnlyList<ApiEntry> Items);

/// <summary>GET /api/register: the public register as open data, with the page's filters and consent rules, rate-limited.</summary>
public static class RegisterApi
{
    public const string RatePolicy = "register-api";

    public static IServiceCollection AddRegisterApi(this IServiceCollection services, int requestsPerMinute)
    {
        services.AddOpenApi(o => o.AddOperationTransformer((operation, _, _) =>
        {
            // A 429 says when to come back: the document names the header, as RFC 9110 defines it.
            if (operation.Responses?.TryGetValue("429", out var tooMany) == true && tooMany is Microsoft.OpenApi.OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, Microsoft.OpenApi.IOpenApiHeader>();
                response.Headers["Retry-After"] = new Microsoft.OpenApi.OpenApiHeader
                {
                    Description = "Seconds to wait before the next request from this address.",
                    Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.Integer },
                };
            }
            return Task.CompletedTask;
        }));
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(RatePolicy, http =>
            RateLimitPartition.GetFixedWindowLimiter(Security.ClientAddress.LimitKey(http) ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = requestsPerMinute, Window = TimeSpan.FromMinutes(1) })));
        return services;
    }

    public static IEndpointRouteBuilder MapRegisterApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        app.MapGet("/api/register", async (HttpContext http, ReferenceDataProvider referenceData, RegisterService register) =>
            {
                var catalog = await referenceData.GetAsync(http.RequestAborted);
                var query = RegisterQueryString.Parse(http.Request.Query, catalog);
                // The API is open data: always the public view, whoever calls it.
                var page = await register.SearchCountingAllAsync(query, RegisterAudience.Public, http.RequestAborted);
                return TypedResults.Ok(new ApiPage(page.Total, page.Page, page.PageSize, page.Rows.Select(r => ToApi(r, catalog)).ToList()));
            })
            .WithName("SearchRegister")
            .WithSummary("Search the public register of specialists providing special social services")
            .WithDescription("Query parameters: q (name, any order, Kazakh letters optional), region (2-digit code), locality, profession (id), category (id), org (organisation name or BIN), sort (name|newest|oldest), page, size (25|50|100).")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .RequireRateLimiting(RatePolicy);
        return app;
    }

    private static ApiEntry ToApi(RegisterRow r, ReferenceCatalog catalog)
    {
        static ApiName? Name(ReferenceItem? item, string? code = null) => item is null ? null : new ApiName(code ?? item.Id.ToString(), item.NameKk, item.NameRu);
        var region = catalog.Regions.FirstOrDefault(x => x.Id == r.RegionId);
        return new ApiEntry(r.Number, r.FullName, r.DateOfBirth, r.Mobile, r.Email, Name(region, region?.Code), r.Locality, r.RegisteredAddress,
            Name(catalog.Profession(r.ProfessionId)), new ApiExperience(r.ExperienceYears, r.ExperienceMonths),
            r.Education.Select(e => new ApiEducation(Name(catalog.EducationLevels.FirstOrDefault(l => l.Id == e.LevelId)), e.Institution, e.StartedOn, e.FinishedOn, e.DocumentSeries, e.DocumentNumber, e.DocumentIssuedOn)).ToList(),
            r.Employment.Select(e => new ApiEmployment(e.Organisation, e.Bin, e.Position, e.StaffPosition, e.StartedOn, e.FinishedOn)).ToList(),
            r.Qualifications.Select(q => new ApiQualification(Name(catalog.Category(q.CategoryId)), q.AssignedOn, q.Commission)).ToList(),
            r.IncludedOn);
    }
}
