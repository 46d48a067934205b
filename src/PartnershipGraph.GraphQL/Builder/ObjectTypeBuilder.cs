namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Configures an object type.</summary>
public sealed class ObjectTypeBuilder : ComplexTypeBuilder<ObjectTypeBuilder>
{
    internal ObjectTypeBuilder(string name)
        : base(name) { }

    internal Func<object, bool>? IsTypeOfPredicate { get; private set; }

    internal Type? RuntimeType { get; private set; }

    /// <summary>Values that are instances of <typeparamref name="T"/> are of this type (used to resolve interfaces and unions).</summary>
    public ObjectTypeBuilder IsTypeOf<T>()
    {
        RuntimeType = typeof(T);
        IsTypeOfPredicate = value => value is T;
        return this;
    }

    /// <summary>Values for which the predicate holds are of this type (used to resolve interfaces and unions).</summary>
    public ObjectTypeBuilder IsTypeOf(Func<object, bool> predicate)
    {
        IsTypeOfPredicate = predicate;
        return this;
    }
}
