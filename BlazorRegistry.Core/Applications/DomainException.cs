using BlazorRegistry.Core.Rules;

namespace BlazorRegistry.Core.Applications;

/// <summary>An illegal move on an aggregate. Carries a code; the App words it.</summary>
public sealed class DomainException(ErrorCode code, string message) : Exception(message)
{
    public ErrorCode Code { get; } = code;
}
