using BlazorRegistry.Core.Accounts;
using BlazorRegistry.Core.Applications;
using BlazorRegistry.Core.Calendar;
using BlazorRegistry.Core.Data;
using BlazorRegistry.Core.Events;
using BlazorRegistry.Core.Files;
using BlazorRegistry.Core.Notifications;
using BlazorRegistry.Core.ReferenceData;
using BlazorRegistry.Core.Register;
using BlazorRegistry.Core.Review;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BlazorRegistry.Core;

public static class RegistryCoreServiceCollectionExtensions
{
    /// <summary>The database in a SQLite file (its folder is created when missing), the rules' services and the event hub.</summary>
    public static IServiceCollection AddRegistryCore(this IServiceCollection services, string databasePath, string? filesFolder = null,
        UploadQuota? uploadQuota = null) =>
        services.AddRegistryCore(DatabaseSettings.SqliteFile(databasePath), filesFolder, uploadQuota);

    /// <summary>The database <paramref name="settings"/> name (SQLite or PostgreSQL), the rules' services and the event hub.</summary>
    public static IServiceCollection AddRegistryCore(this IServiceCollection services, DatabaseSettings settings, string? filesFolder = null,
        UploadQuota? uploadQuota = null)
    {
        var database = RegistryDatabase.For(settings);
        services.AddSingleton(database);
        database.AddContexts(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IApplicationEvents, InProcessApplicationEvents>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<DatabaseCopy>();
        services.AddSingleton<CalendarProvider>();
        services.AddSingleton<CalendarService>();
        services.AddSingleton<ReferenceDataProvider>();
        services.AddSingleton<ReferenceDataService>();
        services.AddSingleton<ApplicationService>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<Audit.AuditLog>();
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<Demo.DemoDataGenerator>();
        services.AddSingleton<RegisterService>();
        services.AddSingleton<BulkCheck>();
        services.AddSingleton<RegisterStatistics>();
        services.AddSingleton<ReviewStatistics>();
        services.AddSingleton<EntryService>();
        services.AddSingleton<Organisations.OrganisationService>();
        services.AddSingleton<Organisations.Import.StaffImportService>();
        services.AddSingleton<CategoryReminders>();

        // Accounts share the register's database (Order 21, cl. 8: applicants sign up on the portal).
        services.AddIdentityCore<RegistryUser>(o =>
            {
                // A phone account has no e-mail, so Identity must not demand one; uniqueness of e-mails
                // is a filtered unique index instead (RegistryUserConfiguration).
                o.User.RequireUniqueEmail = false;
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<RegistryDbContext>();
        services.AddScoped<IUserConfirmation<RegistryUser>, RegistryUserConfirmation>();
        services.AddScoped<AccountSeeder>();
        services.AddScoped<AccountService>();
        services.AddScoped<Organisations.SpecialistConfirmationService>();
        services.AddScoped<Organisations.ColleagueService>();
        services.AddSingleton<OneTimeCodeService>();
        services.AddSingleton<UnknownIdentifierCodeLock>();
        // The App registers the configured ones after these defaults.
        services.TryAddSingleton(new CodeLimits());
        services.TryAddSingleton(new TwoFactorPolicy());

        // Uploads sit beside a SQLite file unless told otherwise; several instances on PostgreSQL name a shared folder.
        var besideDatabase = database is SqliteDatabase sqlite ? Path.GetDirectoryName(Path.GetFullPath(sqlite.DatabaseFile)) : null;
        services.AddSingleton(new FileStoreOptions(filesFolder ?? Path.Combine(besideDatabase ?? ".", "files")));
        services.AddSingleton(uploadQuota ?? new UploadQuota());
        services.AddSingleton<FileStore>();

        services.AddSingleton<NotificationService>();
        // The App keeps codes in the SMS outbox in Development only; anything else masks them.
        services.TryAddSingleton(new SmsOutboxRetention(KeepsCodes: false));
        services.TryAddSingleton<OutboxSmsGateway>();
        services.TryAddSingleton<ISmsGateway>(sp => sp.GetRequiredService<OutboxSmsGateway>());
        return services;
    }
}
