using BlazorRegistry.Core.Applications;

namespace BlazorRegistry.Tests.Core;

public class CoreBoundary
{
    [Fact]
    public void CoreKnowsNothingOfTheWeb()
    {
        var references = typeof(Application).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, name =>
            name.StartsWith("MudBlazor", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore.Components", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore.Http", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal)
            || name == "Microsoft.AspNetCore");
        Assert.Contains("Microsoft.EntityFrameworkCore", references);
    }
}
