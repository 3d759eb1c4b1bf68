namespace BlazorRegistry.Tests.Support;

/// <summary>
/// Tests that start the app as separate processes (SIGKILL, restart, backup commands) run alone, after the
/// parallel ones: on two shared cores a process start competing with the whole suite can take a minute.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessTests
{
    public const string Name = "Separate app processes";
}
