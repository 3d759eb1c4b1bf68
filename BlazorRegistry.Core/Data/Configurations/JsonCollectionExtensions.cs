using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorRegistry.Core.Data.Configurations;

internal static class JsonCollectionExtensions
{
    /// <summary>
    /// Maps a read-only list property backed by a private List field ("Education" → "_education") as a
    /// JSON column of value records. EF needs an IList to write to; the aggregate exposes only a
    /// read-only view, so EF is pointed at the field and the column keeps the property's name.
    /// </summary>
    public static void JsonCollection<TEntity, TElement>(this EntityTypeBuilder<TEntity> builder,
        Expression<Func<TEntity, IReadOnlyList<TElement>>> property)
        where TEntity : class
        where TElement : notnull
    {
        var name = ((MemberExpression)property.Body).Member.Name;
        builder.Ignore(name);
        builder.ComplexCollection<List<TElement>, TElement>("_" + char.ToLowerInvariant(name[0]) + name[1..], c =>
        {
            c.ToJson(name);
            foreach (var text in c.Metadata.ComplexType.GetProperties().Where(p => p.ClrType == typeof(string)))
                text.SetJsonValueReaderWriterType(typeof(UnescapedJsonString));
        });
    }
}
