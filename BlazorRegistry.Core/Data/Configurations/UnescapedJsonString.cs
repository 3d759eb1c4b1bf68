using System.Linq.Expressions;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.Json;

namespace BlazorRegistry.Core.Data.Configurations;

/// <summary>
/// Writes a text field of the records' JSON columns with its letters as themselves. Entity Framework's own writer
/// escapes every non-ASCII character (dotnet/efcore#32152), and a Cyrillic letter as <c>\u0430</c> is six bytes
/// instead of two: the records took three times their size (issue #21). Reading is unchanged, so rows written
/// before still read the same. Only JSON's own escapes remain: quotes, backslashes and control characters.
/// </summary>
public sealed class UnescapedJsonString : JsonValueReaderWriter<string>
{
    private static readonly PropertyInfo InstanceProperty = typeof(UnescapedJsonString).GetProperty(nameof(Instance))!;
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static UnescapedJsonString Instance { get; } = new();

    private UnescapedJsonString()
    {
    }

    public override string FromJsonTyped(ref Utf8JsonReaderManager manager, object? existingObject = null) =>
        manager.CurrentReader.GetString()!;

    // The value is serialized on its own with the relaxed encoder and written as it is: the writer Entity Framework
    // hands over has its own (escaping) encoder, which raw values bypass.
    public override void ToJsonTyped(Utf8JsonWriter writer, string value) =>
        writer.WriteRawValue(JsonSerializer.Serialize(value, Relaxed), skipInputValidation: true);

    public override Expression ConstructorExpression => Expression.Property(null, InstanceProperty);
}
