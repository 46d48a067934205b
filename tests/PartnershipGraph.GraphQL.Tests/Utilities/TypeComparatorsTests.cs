using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;
using PartnershipGraph.GraphQL.Utilities;

namespace PartnershipGraph.GraphQL.Tests.Utilities;

public class TypeComparatorsTests
{
    private static readonly Schema Schema = SchemaBuilder
        .FromSdl(
            """
            type Query { s: Search n: Node }
            interface Node { id: ID }
            interface Named implements Node { id: ID name: String }
            type School implements Node & Named { id: ID name: String }
            type Board implements Node { id: ID }
            type Loose { x: Int }
            union Search = School | Loose
            union Other = Loose
            """
        )
        .Build();

    private static NamedType T(string name) => Schema.GetType(name)!;

    [Fact]
    public void Same_reference_is_equal() =>
        Assert.True(TypeComparators.IsEqualType(BuiltInScalars.Int, BuiltInScalars.Int));

    [Fact]
    public void Different_named_types_are_not_equal() =>
        Assert.False(TypeComparators.IsEqualType(BuiltInScalars.Int, BuiltInScalars.Float));

    [Fact]
    public void Wrappers_of_equal_types_are_equal()
    {
        Assert.True(
            TypeComparators.IsEqualType(
                new ListType(BuiltInScalars.Int),
                new ListType(BuiltInScalars.Int)
            )
        );
        Assert.True(
            TypeComparators.IsEqualType(
                new NonNullType(BuiltInScalars.Int),
                new NonNullType(BuiltInScalars.Int)
            )
        );
        Assert.False(
            TypeComparators.IsEqualType(new ListType(BuiltInScalars.Int), BuiltInScalars.Int)
        );
        Assert.False(
            TypeComparators.IsEqualType(new NonNullType(BuiltInScalars.Int), BuiltInScalars.Int)
        );
    }

    [Fact]
    public void Non_null_is_a_subtype_of_nullable()
    {
        Assert.True(
            TypeComparators.IsTypeSubTypeOf(
                Schema,
                new NonNullType(BuiltInScalars.Int),
                BuiltInScalars.Int
            )
        );
        Assert.False(
            TypeComparators.IsTypeSubTypeOf(
                Schema,
                BuiltInScalars.Int,
                new NonNullType(BuiltInScalars.Int)
            )
        );
    }

    [Fact]
    public void Lists_are_covariant_and_not_interchangeable_with_items()
    {
        Assert.True(
            TypeComparators.IsTypeSubTypeOf(
                Schema,
                new ListType(T("School")),
                new ListType(T("Node"))
            )
        );
        Assert.False(
            TypeComparators.IsTypeSubTypeOf(
                Schema,
                new ListType(BuiltInScalars.Int),
                BuiltInScalars.Int
            )
        );
        Assert.False(
            TypeComparators.IsTypeSubTypeOf(
                Schema,
                BuiltInScalars.Int,
                new ListType(BuiltInScalars.Int)
            )
        );
    }

    [Fact]
    public void Implementations_and_members_are_subtypes()
    {
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, T("School"), T("Node")));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, T("Named"), T("Node")));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, T("School"), T("Search")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, T("Board"), T("Search")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, T("Node"), T("School")));
        Assert.False(
            TypeComparators.IsTypeSubTypeOf(Schema, BuiltInScalars.Int, BuiltInScalars.Float)
        );
    }

    [Fact]
    public void Types_overlap_when_they_share_a_possible_object_type()
    {
        Assert.True(TypeComparators.DoTypesOverlap(Schema, T("Node"), T("Search")));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, T("School"), T("Node")));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, T("Node"), T("Board")));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, T("Loose"), T("Loose")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, T("Other"), T("Node")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, T("Loose"), T("Board")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, T("Board"), T("Search")));
    }
}
