namespace BlazorRegistry.Tests.Support;

/// <summary>Tests that count what the whole test process does (its first-chance exceptions) run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideCounts
{
    public const string Name = "Process-wide counts";
}
