using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Types;

public class WrappingTypesTests
{
    private static readonly ScalarType Int = BuiltInScalars.Int;

    [Fact]
    public void Prints_as_written_in_graphql()
    {
        Assert.Equal("[Int]", new ListType(Int).ToString());
        Assert.Equal("Int!", new NonNullType(Int).ToString());
        Assert.Equal(
            "[[Int!]]!",
            new NonNullType(new ListType(new ListType(new NonNullType(Int)))).ToString()
        );
    }

    [Fact]
    public void Non_null_cannot_wrap_non_null() =>
        Assert.Throws<ArgumentException>(() => new NonNullType(new NonNullType(Int)));

    [Fact]
    public void Equal_wrappers_are_equal()
    {
        Assert.Equal(new ListType(new NonNullType(Int)), new ListType(new NonNullType(Int)));
        Assert.Equal(new ListType(Int).GetHashCode(), new ListType(Int).GetHashCode());
        Assert.NotEqual<GraphQLType>(new ListType(Int), new NonNullType(Int));
        Assert.NotEqual(new ListType(Int), new ListType(BuiltInScalars.Float));
    }

    [Fact]
    public void Named_type_is_found_through_wrappers()
    {
        Assert.Same(Int, new NonNullType(new ListType(Int)).GetNamedType());
        Assert.Same(Int, Int.GetNamedType());
    }

    [Fact]
    public void Nullable_type_removes_only_the_outer_non_null()
    {
        var list = new ListType(new NonNullType(Int));

        Assert.Same(list, new NonNullType(list).NullableType);
        Assert.Same(list, list.NullableType);
    }

    [Fact]
    public void Kinds_and_predicates_follow_the_named_type()
    {
        var nonNullList = new NonNullType(new ListType(Int));

        Assert.Equal(TypeKind.NonNull, nonNullList.Kind);
        Assert.Equal(TypeKind.List, nonNullList.OfType.Kind);
        Assert.True(nonNullList.IsNonNull);
        Assert.True(nonNullList.IsList);
        Assert.True(nonNullList.IsInputType);
        Assert.True(nonNullList.IsOutputType);
        Assert.False(nonNullList.IsLeafType);
        Assert.True(Int.IsLeafType);
        Assert.False(Int.IsCompositeType);
        Assert.False(Int.IsAbstractType);
    }

    [Fact]
    public void Input_and_output_types_are_told_apart()
    {
        var filter = TestSchemas.Inputs.GetType("Filter")!;
        var color = TestSchemas.Inputs.GetType("Color")!;
        var query = TestSchemas.Inputs.QueryType;

        Assert.True(filter.IsInputType);
        Assert.False(filter.IsOutputType);
        Assert.True(color.IsInputType && color.IsOutputType && color.IsLeafType);
        Assert.False(query.IsInputType);
        Assert.True(query.IsOutputType && query.IsCompositeType);
    }

    [Theory]
    [InlineData(TypeKind.Scalar, "SCALAR")]
    [InlineData(TypeKind.Object, "OBJECT")]
    [InlineData(TypeKind.Interface, "INTERFACE")]
    [InlineData(TypeKind.Union, "UNION")]
    [InlineData(TypeKind.Enum, "ENUM")]
    [InlineData(TypeKind.InputObject, "INPUT_OBJECT")]
    [InlineData(TypeKind.List, "LIST")]
    [InlineData(TypeKind.NonNull, "NON_NULL")]
    public void Kinds_have_their_introspection_names(TypeKind kind, string name) =>
        Assert.Equal(name, kind.ToSpecName());
}
