using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(BlazorRegistry.Tests.Support.LongestFirst))]

namespace BlazorRegistry.Tests.Support;

/// <summary>
/// Starts the longest test classes first. Test classes run two at a time here (two cores); a minutes-long
/// browser tour that happened to start late kept the whole run going alone at its end (a whole-run trace:
/// the Kazakh desktop tour started at 7 min 40 s and ended the run at 10 min 33 s). Longest first lets the
/// short classes fill in beside the long ones. Measured durations, longest first; the rest keep xunit's order.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private static readonly string[] Longest =
    [
        "RussianDesktopLayout", "KazakhDesktopLayout", "PhoneLayout", "EndToEndJourneys", "WizardJourney", "KeyboardOnly",
        "WizardStepsRender", "LifeAfterRegistrationJourney", "CrashSafety",
    ];

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : notnull, ITestCollection =>
        testCollections.OrderBy(c => Rank(c.TestCollectionDisplayName)).ToList();

    private static int Rank(string displayName)
    {
        for (var i = 0; i < Longest.Length; i++)
            if (displayName.Contains("." + Longest[i], StringComparison.Ordinal))
                return i;
        return Longest.Length;
    }
}
