using PartnershipGraph.Domain.Actions;
using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Data;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>Registers what every feature shares: the data conventions, the Node interface, RAG and dates.</summary>
public static class CommonGraphQL
{
    /// <summary>Adds the shared types to the schema; call before the features.</summary>
    public static void Register(SchemaBuilder builder)
    {
        DomainEnumsGraphQL.Register(builder);
        builder
            .ConfigureData(c =>
            {
                c.Executor = new EfQueryableExecutor();
                c.Type<PartialDate>(t => t.Ignore(d => d.Display));
                c.Type<Target>(t => t.Ignore(d => d.Display));
                c.Type<ImprovementPlan>(t => t.Name("Plan").Ignore(p => p.SourceKey));
                c.Type<PlanAction>(t => t.Name("Action").Ignore(a => a.SourceKey));
                c.Type<PartnershipBoard>(t => t.Name("Board").Ignore(b => b.SourceKey));
                c.Type<PlanAreaLead>(t => t.Name("AreaLead").Ignore(l => l.SourceKey));
                ReadableTypes.Configure(c);
                GlobalIdFilters.Configure(c);
            })
            .Description(
                "The improvement work of local SEND partnerships: plans, areas, actions, KPIs, boards and schools."
            )
            .Interface(
                "Node",
                i =>
                    i.Description("An object with a global ID, which `node(id:)` reads again.")
                        .Field("id", "ID!")
                        .Description("The object's global ID.")
            )
            .DescribedEnum<Rag>(
                "Rag",
                "The one RAG scale of the API.",
                ("MET", "The work is complete or the target is met (blue)."),
                ("ON_TRACK", "The work is on track (green)."),
                ("PARTIALLY_MET", "The work is partly done or at risk (amber)."),
                ("NOT_ON_TRACK", "The work is not on track (red)."),
                ("NOT_RATED", "No rating has been given or can be computed.")
            )
            .DescribedEnum<DatePrecision>(
                "DatePrecision",
                "How precisely a date was written.",
                ("UNKNOWN", "The text could not be read as a date."),
                ("DAY", "The date names a day."),
                ("MONTH", "The date names a month."),
                ("SEASON", "The date names a school term or season."),
                ("YEAR", "The date names a year or academic year."),
                ("RANGE", "The date names a range of dates.")
            )
            .DescribedEnum<Comparator>(
                "Comparator",
                "How an actual value is compared with a target value.",
                ("EQUAL", "The actual should equal the target, in the KPI's better direction."),
                ("MORE_THAN", "The actual should be more than the target."),
                ("AT_LEAST", "The actual should be at least the target."),
                ("FEWER_THAN", "The actual should be fewer than the target."),
                ("AT_MOST", "The actual should be at most the target."),
                ("APPROXIMATELY", "The actual should be close to the target, within the tolerance.")
            )
            .Object(
                "PartialDate",
                o =>
                    o.Description("A date as written in a plan, with the range it was read as.")
                        .Field("text", "String")
                        .Description("The date as written, when it was written as text.")
                        .Field("start", "Date")
                        .Description("The first day the date covers, when it could be read.")
                        .Field("end", "Date")
                        .Description("The last day the date covers, when it could be read.")
                        .Field("precision", "DatePrecision!")
                        .Description("How precisely the date was written.")
                        .Field("isInferred", "Boolean!")
                        .Description("Whether the date was inferred rather than stated.")
                        .Field("display", "String!", c => ((PartialDate)c.Source!).Display)
                        .Description("The date formatted for people to read.")
            )
            .Object(
                "Target",
                o =>
                    o.Description(
                            "A target as written, with the figure and comparator it was read as."
                        )
                        .Field("text", "String")
                        .Description("The target as written.")
                        .Field("value", "Decimal")
                        .Description("The target's figure, when it has one.")
                        .Field("comparator", "Comparator!")
                        .Description("How an actual is compared with the figure.")
                        .Field("unit", "String")
                        .Description("The unit of the figure, when known.")
                        .Field("display", "String!", c => ((Target)c.Source!).Display)
                        .Description("The target formatted for people to read.")
            );
    }
}
