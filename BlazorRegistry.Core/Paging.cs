namespace BlazorRegistry.Core;

/// <summary>The page sizes every paged list offers (the public register, the board), the first being the default.</summary>
public static class Paging
{
    public const int DefaultPageSize = 25;

    public static readonly IReadOnlyList<int> PageSizes = [DefaultPageSize, 50, 100];

    /// <summary>The asked size when it is one of <see cref="PageSizes"/>, the default otherwise.</summary>
    public static int Normalize(int pageSize) => PageSizes.Contains(pageSize) ? pageSize : DefaultPageSize;

    /// <summary>Pages needed for <paramref name="total"/> rows; an empty list still shows one (empty) page.</summary>
    public static int PageCount(int total, int pageSize) => total == 0 ? 1 : (total + pageSize - 1) / pageSize;
}
