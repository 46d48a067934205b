using System.Linq.Expressions;
using System.Reflection;
using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Data.Projection;

/// <summary>Turns a selection set into one <c>Select</c> that creates the entity type with only the selected members set, so a query provider reads only those columns and joins.</summary>
/// <remarks>
/// The projection is a member-init of the entity type itself (<c>x =&gt; new School { Id = x.Id, Name = x.Name, Trust = x.Trust == null ? null : new Trust { … } }</c>),
/// so resolvers keep seeing the CLR type they expect. A field maps to the property named like it (ignoring case) when it uses the
/// default resolver; a field with its own resolver contributes the members it declared with
/// <see cref="ProjectionFieldBuilderExtensions.Requires{T}"/>, or none. The key is always read. Nested objects and lists are projected
/// the same way; where a type cannot be created member by member (no parameterless constructor, a read-only property, an abstract
/// GraphQL type) the whole member is read instead, and at the root no projection is applied.
/// </remarks>
public static class ProjectionBuilder
{
    /// <summary>The metadata key under which a field lists the CLR properties its resolver needs.</summary>
    public const string RequiresMetadataKey = "PartnershipGraph.Data.Requires";

    private static readonly MethodInfo Select = typeof(Enumerable)
        .GetMethods()
        .Single(m =>
            m.Name == nameof(Enumerable.Select)
            && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2
        );

    private static readonly MethodInfo ToList = typeof(Enumerable).GetMethod(
        nameof(Enumerable.ToList)
    )!;
    private static readonly MethodInfo ToArray = typeof(Enumerable).GetMethod(
        nameof(Enumerable.ToArray)
    )!;

    /// <summary>The projection of <typeparamref name="T"/> for the selection sets on <paramref name="type"/>, or <see langword="null"/> when the type cannot be projected.</summary>
    public static Expression<Func<T, T>>? Build<T>(
        IResolverContext context,
        ObjectType type,
        IEnumerable<SelectionSetNode?> selectionSets,
        DataConventions? conventions = null
    )
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = Project(
            context,
            parameter,
            type,
            [.. selectionSets],
            conventions ?? new DataConventions()
        );
        return body is null ? null : Expression.Lambda<Func<T, T>>(body, parameter);
    }

    private static Expression? Project(
        IResolverContext context,
        Expression source,
        ObjectType type,
        List<SelectionSetNode?> selectionSets,
        DataConventions conventions
    )
    {
        var clrType = source.Type;
        if (clrType.GetConstructor(Type.EmptyTypes) is not { } constructor || clrType.IsAbstract)
        {
            return null;
        }
        var bindings = new Dictionary<PropertyInfo, Expression>();
        if (conventions.Model(clrType).Key is { } key)
        {
            bindings[key] = Expression.Property(source, key);
        }
        foreach (var (field, nodes) in SelectionCollector.Collect(context, type, selectionSets))
        {
            if (
                field.Metadata.TryGetValue(RequiresMetadataKey, out var required)
                && required is IEnumerable<PropertyInfo> properties
            )
            {
                foreach (
                    var property in properties.Where(p =>
                        p.DeclaringType!.IsAssignableFrom(clrType)
                    )
                )
                {
                    bindings[property] = Expression.Property(source, property);
                }
                continue;
            }
            if (field.Resolver is not null || PropertyFor(clrType, field.Name) is not { } member)
            {
                continue;
            }
            bindings[member] = Member(context, source, member, field, nodes, conventions);
        }
        if (bindings.Keys.Any(p => p.SetMethod is not { IsPublic: true }))
        {
            return null;
        }
        return Expression.MemberInit(
            Expression.New(constructor),
            bindings.Select(b => Expression.Bind(b.Key, b.Value))
        );
    }

    private static Expression Member(
        IResolverContext context,
        Expression source,
        PropertyInfo member,
        FieldDefinition field,
        List<FieldNode> nodes,
        DataConventions conventions
    )
    {
        var access = Expression.Property(source, member);
        if (field.Type.GetNamedType() is not ObjectType objectType)
        {
            return access;
        }
        var selectionSets = nodes.Select(n => n.SelectionSet).ToList();
        if (DataTypeModel.ItemTypeOf(member.PropertyType) is { } itemType)
        {
            var item = Expression.Parameter(itemType, "item");
            if (
                Project(context, item, objectType, selectionSets, conventions)
                is not { } itemProjection
            )
            {
                return access;
            }
            Expression projected = Expression.Call(
                Select.MakeGenericMethod(itemType, itemType),
                access,
                Expression.Lambda(itemProjection, item)
            );
            var listType = typeof(List<>).MakeGenericType(itemType);
            Expression? materialised =
                member.PropertyType.IsAssignableFrom(listType)
                    ? Expression.Call(ToList.MakeGenericMethod(itemType), projected)
                : member.PropertyType.IsArray
                    ? Expression.Call(ToArray.MakeGenericMethod(itemType), projected)
                : null;
            return materialised is null
                ? access
                : Expression.Condition(
                    Expression.Equal(access, Expression.Constant(null, access.Type)),
                    Expression.Constant(null, access.Type),
                    Expression.Convert(materialised, access.Type)
                );
        }
        if (!DataTypeModel.IsObject(member.PropertyType))
        {
            return access;
        }
        return Project(context, access, objectType, selectionSets, conventions) is { } projection
            ? Expression.Condition(
                Expression.Equal(access, Expression.Constant(null, access.Type)),
                Expression.Constant(null, access.Type),
                projection
            )
            : access;
    }

    private static PropertyInfo? PropertyFor(Type type, string fieldName)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
            .ToList();
        return properties.FirstOrDefault(p => p.Name == fieldName)
            ?? properties.FirstOrDefault(p =>
                string.Equals(p.Name, fieldName, StringComparison.OrdinalIgnoreCase)
            );
    }
}
