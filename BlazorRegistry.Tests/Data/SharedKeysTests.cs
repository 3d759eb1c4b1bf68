using BlazorRegistry.Core;
using BlazorRegistry.Core.Data.PostgreSql;
using BlazorRegistry.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorRegistry.Tests.Data;

/// <summary>
/// Issue #18, point 4: on PostgreSQL the data-protection keys are in the database, so what one instance protects (a
/// sign-in cookie, an antiforgery token) another instance reads. Runs in test.sh's PostgreSQL pass.
/// </summary>
public class SharedDataProtectionKeys
{
    private static ServiceProvider Instance(TestDatabase test, string application = "BlazorRegistry") => test.SecondInstance(configure: s =>
        s.AddDataProtection().SetApplicationName(application).PersistKeysToDbContext<PostgreSqlRegistryDbContext>());

    [Fact]
    public async Task WhatInstanceAProtectsInstanceBReads()
    {
        Assert.SkipWhen(TestDatabase.PostgreSqlServer is null, "Keys live in the database on PostgreSQL only; SQLite's one process keeps them in its folder.");
        await using var test = await TestDatabase.CreateAsync();
        await using var a = Instance(test);
        await using var b = Instance(test);

        var cookie = a.GetRequiredService<IDataProtectionProvider>().CreateProtector("Identity.Application").Protect("signed in as admin-1");

        Assert.Equal("signed in as admin-1", b.GetRequiredService<IDataProtectionProvider>().CreateProtector("Identity.Application").Unprotect(cookie));
        // And a third instance that starts later reads it too: the key is in the table, not in a process.
        await using var c = Instance(test);
        Assert.Equal("signed in as admin-1", c.GetRequiredService<IDataProtectionProvider>().CreateProtector("Identity.Application").Unprotect(cookie));
        // Another application name is another key ring: nothing leaks between applications sharing a server.
        await using var stranger = Instance(test, "SomethingElse");
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() =>
            stranger.GetRequiredService<IDataProtectionProvider>().CreateProtector("Identity.Application").Unprotect(cookie));
    }
}
