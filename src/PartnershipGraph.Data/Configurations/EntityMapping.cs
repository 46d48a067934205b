using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Data.Configurations;

/// <summary>The mapping every entity table and every value-type column group shares.</summary>
internal static class EntityMapping
{
    /// <summary>Maps the client-generated key, the concurrency version and the unique import key.</summary>
    public static void MapEntity<T>(this EntityTypeBuilder<T> builder, string table)
        where T : Entity
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => e.SourceKey).IsUnique();
    }

    /// <summary>Maps a partial date to the columns <c>{Name}_Text</c>, <c>_Start</c>, <c>_End</c>, <c>_Precision</c>, <c>_IsInferred</c>.</summary>
    public static void MapPartialDate<T>(
        this EntityTypeBuilder<T> builder,
        Expression<Func<T, PartialDate?>> property
    )
        where T : class
    {
        builder.ComplexProperty(
            property,
            date =>
            {
                date.Property(d => d.Text);
                date.Property(d => d.Start);
                date.Property(d => d.End);
                date.Property(d => d.Precision);
                date.Property(d => d.IsInferred);
                date.Ignore(d => d.Display);
            }
        );
    }

    /// <summary>Maps a target to the columns <c>{Name}_Text</c>, <c>_Value</c>, <c>_Comparator</c>, <c>_Unit</c>.</summary>
    public static void MapTarget<T>(
        this EntityTypeBuilder<T> builder,
        Expression<Func<T, Target?>> property
    )
        where T : class
    {
        builder.ComplexProperty(
            property,
            target =>
            {
                target.Property(t => t.Text);
                target.Property(t => t.Value);
                target.Property(t => t.Comparator);
                target.Property(t => t.Unit);
                target.Ignore(t => t.Display);
            }
        );
    }
}
