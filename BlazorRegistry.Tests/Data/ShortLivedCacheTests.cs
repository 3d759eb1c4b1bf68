using BlazorRegistry.Core.Data;
using Microsoft.Extensions.Time.Testing;

namespace BlazorRegistry.Tests.Data;

/// <summary>The cached reference lists and calendar: an edit's Invalidate wins over a load that was already under way.</summary>
public class ShortLivedCacheInvalidation
{
    [Fact]
    public async Task ALoadBegunBeforeAnEditIsNotKeptAfterIt()
    {
        var loads = 0;
        var firstLoad = new TaskCompletionSource<string>();
        var cache = new ShortLivedCache<string>(new FakeTimeProvider(), _ => ++loads == 1 ? firstLoad.Task : Task.FromResult("after the edit"));

        var reading = cache.GetAsync();          // reads the old rows...
        cache.Invalidate();                      // ...while an administrator's edit commits
        firstLoad.SetResult("before the edit");
        Assert.Equal("before the edit", await reading);

        Assert.Equal("after the edit", await cache.GetAsync());
        Assert.Equal("after the edit", await cache.GetAsync());
        Assert.Equal(2, loads);
    }
}
