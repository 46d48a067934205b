using System.Collections;
using System.Reflection;

namespace PartnershipGraph.GraphQL.Data;

/// <summary>The filterable and sortable members of one CLR type, read once from its public properties.</summary>
internal sealed class DataTypeModel
{
    private readonly Dictionary<string, DataMember> _byFieldName;

    private DataTypeModel(Type type, string name, PropertyInfo? key, List<DataMember> members)
    {
        ClrType = type;
        Name = name;
        Key = key;
        Members = members;
        _byFieldName = members.ToDictionary(m => m.FieldName, StringComparer.Ordinal);
    }

    public Type ClrType { get; }

    public string Name { get; }

    public PropertyInfo? Key { get; }

    public IReadOnlyList<DataMember> Members { get; }

    public DataMember? GetMember(string fieldName) => _byFieldName.GetValueOrDefault(fieldName);

    public static DataTypeModel Create(
        Type type,
        DataConventions conventions,
        DataTypeOptions? options
    )
    {
        var members = new List<DataMember>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (
                property.GetIndexParameters().Length > 0
                || !property.CanRead
                || options?.Ignored.Contains(property.Name) == true
            )
            {
                continue;
            }
            if (Describe(property) is { } member)
            {
                members.Add(
                    options?.Conversions.GetValueOrDefault(property.Name) is { } conversion
                    && member.Kind == DataMemberKind.Scalar
                        ? member with
                        {
                            Conversion = conversion,
                        }
                        : member
                );
            }
        }
        var key =
            options?.Key
            ?? type.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)
            ?? type.GetProperty(type.Name + "Id", BindingFlags.Public | BindingFlags.Instance);
        return new DataTypeModel(type, conventions.NameOf(type), key, members);
    }

    /// <summary>The leaf kind of a CLR type, or <see langword="null"/> when it is not a leaf the data layer knows.</summary>
    public static ScalarKind? ScalarOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return ScalarKind.Enum;
        }
        return Type.GetTypeCode(type) switch
        {
            TypeCode.String => ScalarKind.String,
            TypeCode.Int32
            or TypeCode.Int16
            or TypeCode.Byte
            or TypeCode.SByte
            or TypeCode.UInt16 => ScalarKind.Int,
            TypeCode.Double or TypeCode.Single => ScalarKind.Float,
            TypeCode.Decimal => ScalarKind.Decimal,
            TypeCode.Boolean => ScalarKind.Boolean,
            TypeCode.DateTime => ScalarKind.DateTime,
            _ when type == typeof(DateTimeOffset) => ScalarKind.DateTime,
            _ when type == typeof(DateOnly) => ScalarKind.Date,
            _ when type == typeof(Guid) => ScalarKind.Uuid,
            _ => null,
        };
    }

    /// <summary>The item type of a list property, or <see langword="null"/>.</summary>
    public static Type? ItemTypeOf(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }
        if (type.IsArray)
        {
            return type.GetElementType();
        }
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type.GetGenericArguments()[0]
            : type.GetInterfaces()
                .FirstOrDefault(i =>
                    i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                )
                ?.GetGenericArguments()[0];
    }

    /// <summary>Whether a CLR type is an object the data layer can look into.</summary>
    public static bool IsObject(Type type) =>
        type.IsClass && type != typeof(string) && ItemTypeOf(type) is null && !type.IsArray;

    private static DataMember? Describe(PropertyInfo property)
    {
        var name = CamelCase(property.Name);
        var type = property.PropertyType;
        if (ScalarOf(type) is { } scalar)
        {
            var valueType = Nullable.GetUnderlyingType(type) ?? type;
            return new DataMember(property, name, DataMemberKind.Scalar, valueType, scalar);
        }
        if (ItemTypeOf(type) is { } item)
        {
            if (ScalarOf(item) is { } itemScalar)
            {
                return new DataMember(property, name, DataMemberKind.List, item, itemScalar);
            }
            return IsObject(item)
                ? new DataMember(property, name, DataMemberKind.List, item, null)
                : null;
        }
        return IsObject(type)
            ? new DataMember(property, name, DataMemberKind.Object, type, null)
            : null;
    }

    /// <summary>The property name with its first letter (or leading capitals, for acronyms) in lower case.</summary>
    public static string CamelCase(string name)
    {
        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }
        if (upper == 0)
        {
            return name;
        }
        var lower = upper == 1 || upper == name.Length ? upper : upper - 1;
        return name[..lower].ToLowerInvariant() + name[lower..];
    }
}
