namespace PartnershipGraph.Domain.Organisations;

/// <summary>What kind of body an organisation is.</summary>
public enum OrganisationKind
{
    /// <summary>A council.</summary>
    LocalAuthority,

    /// <summary>An integrated care board or clinical commissioning group.</summary>
    IntegratedCareBoard,

    /// <summary>An NHS trust or community health provider.</summary>
    HealthProvider,

    /// <summary>A multi-academy trust or other school group.</summary>
    SchoolTrust,

    /// <summary>A school or college acting as an organisation.</summary>
    School,

    /// <summary>The parent carer forum.</summary>
    ParentCarerForum,

    /// <summary>A charity or voluntary-sector body.</summary>
    VoluntaryBody,

    /// <summary>A government department or national body (DfE, NHS England).</summary>
    Government,

    /// <summary>A partnership or other body of several organisations.</summary>
    Partnership,

    /// <summary>Anything else.</summary>
    Other,
}
