using BlazorRegistry.Core.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorRegistry.Core.Data.Configurations;

/// <summary>
/// Return reasons are a typed list in the model and one short text column ("R1,R3") in the database:
/// <see cref="ReasonCodes"/> writes and reads it, and nothing else parses it. No reasons is NULL (the
/// entities keep a null backing field and show an empty list).
/// </summary>
internal static class ReturnReasonsConversion
{
    private static readonly ValueComparer<IReadOnlyList<ReturnReason>> Comparer = new(
        (a, b) => (a ?? Array.Empty<ReturnReason>()).SequenceEqual(b ?? Array.Empty<ReturnReason>()),
        list => list.Aggregate(0, (hash, r) => HashCode.Combine(hash, r)),
        list => list.ToList());

    public static PropertyBuilder<IReadOnlyList<ReturnReason>> HasReturnReasonsConversion(this PropertyBuilder<IReadOnlyList<ReturnReason>> property) =>
        property.HasConversion(reasons => ReasonCodes.Format(reasons), codes => ReasonCodes.ParseReturnReasons(codes), Comparer)
            .HasMaxLength(20).IsRequired(false);
}
