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

    /// <summary>The metadata key under which a field names the list of its parent whose items it returns, narrowed to the selected fields (<see cref="RequiredItems"/>).</summary>
    public const string RequiresItemsMetadataKey = "PartnershipGraph.Data.RequiresItems";

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
    /// <param name="context">The resolver context of the field whose selection is projected.</param>
    /// <param name="type">The object type the selection sets select on.</param>
    /// <param name="selectionSets">The selection sets.</param>
    /// <param name="conventions">The data conventions; defaults when not given.</param>
    /// <param name="inMemory">Whether the query runs in memory, where a missing list must be tested for before it is read; SQL providers need (and want) no such test.</param>
    public static Expression<Func<T, T>>? Build<T>(
        IResolverContext context,
        ObjectType type,
        IEnumerable<SelectionSetNode?> selectionSets,
        DataConventions? conventions = null,
        bool inMemory = false
    )
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = Project(
            new Scope(context, conventions ?? new DataConventions(), inMemory),
            parameter,
            type,
            [.. selectionSets],
            []
        );
        return body is null ? null : Expression.Lambda<Func<T, T>>(body, parameter);
    }

    private static Expression? Project(
        Scope scope,
        Expression source,
        ObjectType type,
        List<SelectionSetNode?> selectionSets,
        IReadOnlyCollection<PropertyInfo> alsoRead
    )
    {
        var clrType = source.Type;
        var constructor = clrType.IsAbstract
            ? null
            : clrType.GetConstructor(Type.EmptyTypes) ?? ValueConstructor(clrType);
        if (constructor is null)
        {
            return null;
        }
        var bindings = new Dictionary<PropertyInfo, Expression>();
        if (scope.Conventions.Model(clrType).Key is { } key)
        {
            bindings[key] = Expression.Property(source, key);
        }
        foreach (var property in alsoRead.Where(p => p.DeclaringType!.IsAssignableFrom(clrType)))
        {
            bindings[property] = Expression.Property(source, property);
        }
        var readWhole = new HashSet<PropertyInfo>();
        var readsUndeclared = false;
        foreach (
            var (field, nodes) in SelectionCollector.Collect(scope.Context, type, selectionSets)
        )
        {
            if (Required(field, clrType) is { } properties)
            {
                foreach (var property in properties)
                {
                    bindings[property] = Expression.Property(source, property);
                    readWhole.Add(property);
                }
            }
            else if (
                Metadata(field, RequiresItemsMetadataKey) is RequiredItems items
                && items.List.DeclaringType!.IsAssignableFrom(clrType)
            )
            {
                if (!readWhole.Contains(items.List))
                {
                    bindings[items.List] = Member(
                        scope,
                        source,
                        items.List,
                        field,
                        nodes,
                        access => access,
                        items.ItemMembers
                    );
                }
            }
            else if (
                Metadata(field, FilteredCollection.MetadataKey) is FilteredCollection collection
                && collection.Property.DeclaringType!.IsAssignableFrom(clrType)
            )
            {
                var arguments = Execution.ArgumentValues.Coerce(
                    field.Arguments,
                    nodes[0].Arguments,
                    nodes[0],
                    scope.Context.VariableValues
                );
                bindings[collection.Property] = Member(
                    scope,
                    source,
                    collection.Property,
                    field,
                    nodes,
                    access =>
                    {
                        FilteredCollection.MarkProjected(scope.Context, nodes);
                        return collection.Apply(access, arguments, scope.Context);
                    },
                    []
                );
            }
            else if (field.Resolver is null && PropertyFor(clrType, field.Name) is { } member)
            {
                bindings[member] = Member(
                    scope,
                    source,
                    member,
                    field,
                    nodes,
                    access => access,
                    []
                );
            }
            else if (field.Resolver is not null)
            {
                readsUndeclared = true;
            }
        }
        // A value object's unselected members would hold defaults: read it whole for a resolver that did not declare what it reads.
        if (readsUndeclared && constructor.GetParameters().Length > 0)
        {
            return null;
        }
        var constructorArguments = constructor
            .GetParameters()
            .Select(parameter =>
            {
                var property = PropertyFor(clrType, parameter.Name!)!;
                return bindings.Remove(property, out var value)
                    ? value
                    : Expression.Default(parameter.ParameterType);
            })
            .ToList();
        if (bindings.Keys.Any(p => p.SetMethod is not { IsPublic: true }))
        {
            return null;
        }
        var created = Expression.New(constructor, constructorArguments);
        return bindings.Count == 0
            ? created
            : Expression.MemberInit(created, bindings.Select(b => Expression.Bind(b.Key, b.Value)));
    }

    /// <summary>The widest public constructor of a value type without a parameterless one (a positional record such as <c>PartialDate(Text, Start, End, …)</c>) whose every parameter sets the property of its name and type; unselected members take their type's default.</summary>
    private static ConstructorInfo? ValueConstructor(Type type) =>
        type.GetConstructors()
            .Where(c =>
                c.GetParameters() is { Length: > 0 } parameters
                && parameters.All(p =>
                    p.Name is { } name && PropertyFor(type, name)?.PropertyType == p.ParameterType
                )
                && !(parameters.Length == 1 && parameters[0].ParameterType == type)
            )
            .MaxBy(c => c.GetParameters().Length);

    private static IEnumerable<PropertyInfo>? Required(FieldDefinition field, Type clrType) =>
        Metadata(field, RequiresMetadataKey) is IEnumerable<PropertyInfo> properties
            ? properties.Where(p => p.DeclaringType!.IsAssignableFrom(clrType))
            : null;

    private static Expression Member(
        Scope scope,
        Expression source,
        PropertyInfo member,
        FieldDefinition field,
        List<FieldNode> nodes,
        Func<Expression, Expression> shapeList,
        IReadOnlyCollection<PropertyInfo> alsoRead
    )
    {
        var access = Expression.Property(source, member);
        if (field.Type.GetNamedType() is not ObjectType objectType)
        {
            return access;
        }
        var selectionSets = nodes.Select(n => n.SelectionSet).ToList();
        if (DataTypeModel.ItemTypeOf(member.PropertyType) is not { } itemType)
        {
            return
                DataTypeModel.IsObject(member.PropertyType)
                && Project(scope, access, objectType, selectionSets, alsoRead) is { } projection
                ? WhenPresent(access, projection)
                : access;
        }
        var item = Expression.Parameter(itemType, "item");
        if (Project(scope, item, objectType, selectionSets, alsoRead) is not { } itemProjection)
        {
            return access;
        }
        Expression projected = Expression.Call(
            Select.MakeGenericMethod(itemType, itemType),
            shapeList(access),
            Expression.Lambda(itemProjection, item)
        );
        var listType = typeof(List<>).MakeGenericType(itemType);
        Expression? materialised =
            member.PropertyType.IsAssignableFrom(listType)
                ? Expression.Call(ToList.MakeGenericMethod(itemType), projected)
            : member.PropertyType.IsArray
                ? Expression.Call(ToArray.MakeGenericMethod(itemType), projected)
            : null;
        if (materialised is null)
        {
            return access;
        }
        materialised = Expression.Convert(materialised, access.Type);
        // SQL providers read a missing collection as empty; testing it for null would make them join it twice.
        return scope.InMemory ? WhenPresent(access, materialised) : materialised;
    }

    private static object? Metadata(FieldDefinition field, string key) =>
        field.Metadata.TryGetValue(key, out var value) ? value : null;

    private static ConditionalExpression WhenPresent(Expression access, Expression value) =>
        Expression.Condition(
            Expression.Equal(access, Expression.Constant(null, access.Type)),
            Expression.Constant(null, access.Type),
            value
        );

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

    /// <summary>A list of the parent that a field's resolver returns items of, and the members of each item the resolver reads besides the selected ones.</summary>
    /// <param name="List">The parent's list (or object) property.</param>
    /// <param name="ItemMembers">The item members the resolver reads itself, e.g. to order the items.</param>
    public sealed record RequiredItems(
        PropertyInfo List,
        IReadOnlyCollection<PropertyInfo> ItemMembers
    );

    private sealed record Scope(
        IResolverContext Context,
        DataConventions Conventions,
        bool InMemory
    );
}
