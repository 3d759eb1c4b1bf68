using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace BlazorRegistry.App;

/// <summary>
/// Checks the whole "Registry" tree when the app starts: the data annotations on every options class (SMTP,
/// rate limits, delivery, backups, …) and the rules that span keys. Each failure names its key
/// (Registry:Smtp:Port), so a wrong value stops the start at once instead of failing hours later.
/// </summary>
public sealed class RegistryOptionsValidator(IHostEnvironment environment) : IValidateOptions<RegistryOptions>
{
    public ValidateOptionsResult Validate(string? name, RegistryOptions options)
    {
        var failures = Failures(options, environment.IsDevelopment()).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every wrong key.</summary>
    public static void ThrowIfInvalid(RegistryOptions options, IHostEnvironment environment)
    {
        var failures = Failures(options, environment.IsDevelopment()).ToList();
        if (failures.Count > 0)
            throw new OptionsValidationException(RegistryOptions.Section, typeof(RegistryOptions), failures);
    }

    public static IEnumerable<string> Failures(RegistryOptions options, bool development)
    {
        if (!development && string.IsNullOrWhiteSpace(options.DataDirectory))
            yield return $"{RegistryOptions.Section}:DataDirectory must be set outside Development (e.g. Registry__DataDirectory=/var/lib/registry): " +
                "the default folder under the app's own folder may be deleted by a redeploy.";
        if (!string.IsNullOrWhiteSpace(options.Smtp.Host) && Uri.CheckHostName(options.Smtp.Host) == UriHostNameType.Unknown)
            yield return $"{RegistryOptions.Section}:Smtp:Host '{options.Smtp.Host}' is not a host name or an IP address.";
        foreach (var (proxy, i) in options.ForwardedHeaders.KnownProxies.Select((p, i) => (p, i)))
            if (!System.Net.IPAddress.TryParse(proxy, out _))
                yield return $"{RegistryOptions.Section}:ForwardedHeaders:KnownProxies:{i} '{proxy}' is not an IP address.";
        foreach (var failure in Annotations(options, RegistryOptions.Section))
            yield return failure;
    }

    /// <summary>Data annotations of an options object and of every options object below it.</summary>
    private static IEnumerable<string> Annotations(object options, string path)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        foreach (var result in results)
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
                yield return $"{path}:{member}: {result.ErrorMessage}";
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // No limit, size, count or age in this tree means anything below zero, with or without its own [Range].
            if (property.GetIndexParameters().Length == 0 && property.GetValue(options) is int or long or double
                && Convert.ToDouble(property.GetValue(options), System.Globalization.CultureInfo.InvariantCulture) < 0)
                yield return $"{path}:{property.Name}: must not be negative (is {property.GetValue(options)}).";
            // Nor any wait, window or lifetime zero or below: a zero lockout locks nothing.
            if (property.GetIndexParameters().Length == 0 && property.GetValue(options) is TimeSpan span && span <= TimeSpan.Zero)
                yield return $"{path}:{property.Name}: must be longer than zero (is {span}).";
            if (property.GetIndexParameters().Length > 0 || !property.PropertyType.IsClass || property.PropertyType == typeof(string)
                || property.PropertyType.Namespace?.StartsWith("BlazorRegistry", StringComparison.Ordinal) != true)
                continue;
            if (property.GetValue(options) is { } child)
                foreach (var failure in Annotations(child, $"{path}:{property.Name}"))
                    yield return failure;
        }
    }
}
