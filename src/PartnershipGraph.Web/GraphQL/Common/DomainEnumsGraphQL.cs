using PartnershipGraph.Domain.Boards;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Domain.Plans;
using PartnershipGraph.Domain.Schools;
using PartnershipGraph.GraphQL.Builder;

namespace PartnershipGraph.Web.GraphQL.Common;

/// <summary>Registers the domain's enums, before any filter input refers to them.</summary>
public static class DomainEnumsGraphQL
{
    /// <summary>Adds the enums to the schema.</summary>
    public static void Register(SchemaBuilder builder) =>
        builder
            .DescribedEnum<PlanKind>(
                "PlanKind",
                "The kind of an improvement plan.",
                ("IMPROVEMENT_NOTICE_PLAN", "A plan answering an improvement notice."),
                (
                    "WRITTEN_STATEMENT_OF_ACTION",
                    "A written statement of action after an inspection."
                ),
                ("ACCELERATED_PROGRESS_PLAN", "An accelerated progress plan."),
                ("PRIORITY_ACTION_PLAN", "A priority action plan."),
                ("LOCAL_STRATEGY", "A local strategy.")
            )
            .DescribedEnum<PlanAreaStatus>(
                "PlanAreaStatus",
                "Whether a plan area is still worked on.",
                ("ACTIVE", "The area is active."),
                ("STEPPED_DOWN", "The area has been stepped down.")
            )
            .DescribedEnum<KpiDirection>(
                "KpiDirection",
                "Which way a KPI improves.",
                ("HIGHER_IS_BETTER", "A higher figure is better."),
                ("LOWER_IS_BETTER", "A lower figure is better."),
                ("NARRATIVE_ONLY", "The KPI is reported as narrative, without figures to compare.")
            )
            .DescribedEnum<KpiRowType>(
                "KpiRowType",
                "What a KPI row of a plan is.",
                ("KPI", "A KPI of its own."),
                ("SUB_MEASURE", "A measure under another KPI."),
                ("CONTINUATION", "A continuation of the KPI above it."),
                ("CROSS_REFERENCE", "A reference to a KPI elsewhere in the plan.")
            )
            .DescribedEnum<MembershipRole>(
                "MembershipRole",
                "A person's role on a board.",
                ("CHAIR", "The person chairs the board."),
                ("MEMBER", "The person is a member."),
                ("ADVISER", "The person advises the board."),
                ("ATTENDEE", "The person attends the board.")
            )
            .DescribedEnum<OrganisationKind>(
                "OrganisationKind",
                "The kind of a partner organisation.",
                ("LOCAL_AUTHORITY", "A local authority."),
                ("INTEGRATED_CARE_BOARD", "An integrated care board."),
                ("HEALTH_PROVIDER", "A health provider."),
                ("SCHOOL_TRUST", "A school trust."),
                ("SCHOOL", "A school."),
                ("PARENT_CARER_FORUM", "A parent carer forum."),
                ("VOLUNTARY_BODY", "A voluntary body."),
                ("GOVERNMENT", "A government department or agency."),
                ("PARTNERSHIP", "A partnership of organisations."),
                ("OTHER", "Another kind of organisation.")
            )
            .DescribedEnum<SchoolPhase>(
                "SchoolPhase",
                "The phase of education a school serves.",
                ("UNKNOWN", "The phase is not known."),
                ("NURSERY", "A nursery school."),
                ("INFANT", "An infant school."),
                ("JUNIOR", "A junior school."),
                ("PRIMARY", "A primary school."),
                ("SECONDARY", "A secondary school."),
                ("ALL_THROUGH", "An all-through school."),
                ("SPECIAL", "A special school."),
                ("ALTERNATIVE_PROVISION", "An alternative provision."),
                ("POST16", "A post-16 provider.")
            )
            .DescribedEnum<SchoolType>(
                "SchoolType",
                "How a school is governed and funded.",
                ("UNKNOWN", "The type is not known."),
                ("MAINTAINED", "A maintained school."),
                ("ACADEMY", "An academy."),
                ("FREE", "A free school."),
                ("INDEPENDENT", "An independent school.")
            );
}
