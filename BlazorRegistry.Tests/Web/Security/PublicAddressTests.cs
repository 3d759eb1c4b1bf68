using BlazorRegistry.App;
using BlazorRegistry.App.Organisations;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BlazorRegistry.Tests.Web.Security;

/// <summary>An official message's link never follows the Host header a visitor sent, outside Development.</summary>
public class PublicAddresses
{
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "BlazorRegistry.App";
        public string ContentRootPath { get; set; } = ".";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    [Theory]
    [InlineData("Production", null, "https://evil.example/", null)]
    [InlineData("Production", "https://registry.enbek.kz/", "https://evil.example/", "https://registry.enbek.kz")]
    [InlineData("Development", null, "http://127.0.0.1:5000/", "http://127.0.0.1:5000")]
    public void TheConfiguredAddressOrNone(string environment, string? configured, string requestBase, string? expected) =>
        Assert.Equal(expected, new PublicAddress(Options.Create(new RegistryOptions { PublicBaseUrl = configured }), new Environment(environment)).For(requestBase));
}
