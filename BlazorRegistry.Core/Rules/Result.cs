namespace BlazorRegistry.Core.Rules;

/// <summary>The outcome of a service operation: a value, or the rules it broke.</summary>
public sealed record Result<T>(T? Value, IReadOnlyList<RuleError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static Result<T> Ok(T value) => new(value, []);
    public static Result<T> Fail(ErrorCode code, string? field = null) => new(default, [new RuleError(code, field)]);
    public static Result<T> Fail(IReadOnlyList<RuleError> errors) => new(default, errors);
}
