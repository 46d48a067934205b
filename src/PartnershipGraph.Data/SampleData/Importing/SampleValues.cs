using System.Globalization;
using PartnershipGraph.Domain.Common;
using PartnershipGraph.Domain.Kpis;
using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Domain.Schools;

namespace PartnershipGraph.Data.SampleData.Importing;

/// <summary>Maps the sample files' normalised words onto the domain's enums and value types.</summary>
internal static class SampleValues
{
    /// <summary>
    /// A date as the file gives it: the text read by <see cref="PartialDate.Parse"/> where the reading agrees with the
    /// file's ISO date (or the file has none), else the ISO date, an inferred month end standing for its month.
    /// </summary>
    public static PartialDate? Date(DateOnly? date, string? asWritten, bool? inferred)
    {
        if (asWritten is not null)
        {
            var parsed = PartialDate.Parse(asWritten, date, inferred == true);
            if (date is null)
            {
                return parsed with { IsInferred = parsed.IsInferred || parsed.End is not null };
            }
            if (parsed.End == date)
            {
                return parsed;
            }
        }
        if (date is not { } day)
        {
            return null;
        }
        var isMonthEnd = day.Day == DateTime.DaysInMonth(day.Year, day.Month);
        return inferred == true && isMonthEnd
            ? new PartialDate(
                asWritten,
                new DateOnly(day.Year, day.Month, 1),
                day,
                DatePrecision.Month,
                true
            )
            : new PartialDate(asWritten, day, day, DatePrecision.Day, inferred == true);
    }

    /// <summary>An academic year "2018/19": 1 September to 31 August.</summary>
    public static PartialDate AcademicYear(string asWritten, int startYear) =>
        new(
            asWritten,
            new DateOnly(startYear, 9, 1),
            new DateOnly(startYear + 1, 8, 31),
            DatePrecision.Year,
            true
        );

    public static Rag Rag(string? word) =>
        word?.Trim().ToUpperInvariant() switch
        {
            "MET" => Domain.Common.Rag.Met,
            "ON TRACK" => Domain.Common.Rag.OnTrack,
            "PARTIALLY MET" => Domain.Common.Rag.PartiallyMet,
            "NOT MET" or "NOT ON TRACK" => Domain.Common.Rag.NotOnTrack,
            _ => Domain.Common.Rag.NotRated,
        };

    public static Comparator Comparator(string? symbol) =>
        symbol switch
        {
            ">" => Domain.Common.Comparator.MoreThan,
            ">=" => Domain.Common.Comparator.AtLeast,
            "<" => Domain.Common.Comparator.FewerThan,
            "<=" => Domain.Common.Comparator.AtMost,
            "~" => Domain.Common.Comparator.Approximately,
            _ => Domain.Common.Comparator.Equal,
        };

    public static KpiDirection Direction(string? direction) =>
        direction switch
        {
            "higher-is-better" => KpiDirection.HigherIsBetter,
            "lower-is-better" => KpiDirection.LowerIsBetter,
            _ => KpiDirection.NarrativeOnly,
        };

    public static KpiRowType RowType(string rowType) =>
        rowType switch
        {
            "sub-measure" => KpiRowType.SubMeasure,
            "continuation" => KpiRowType.Continuation,
            "cross-reference" => KpiRowType.CrossReference,
            _ => KpiRowType.Kpi,
        };

    public static OrganisationKind OrganisationKind(string type) =>
        type switch
        {
            "local-authority" or "la-service" => Domain
                .Organisations
                .OrganisationKind
                .LocalAuthority,
            "health-commissioner" => Domain.Organisations.OrganisationKind.IntegratedCareBoard,
            "health-provider" or "community-health-provider" => Domain
                .Organisations
                .OrganisationKind
                .HealthProvider,
            "multi-academy-trust" => Domain.Organisations.OrganisationKind.SchoolTrust,
            "further-education-college" => Domain.Organisations.OrganisationKind.School,
            "parent-carer-forum" => Domain.Organisations.OrganisationKind.ParentCarerForum,
            "charity" or "voluntary-sector" => Domain.Organisations.OrganisationKind.VoluntaryBody,
            "government" => Domain.Organisations.OrganisationKind.Government,
            "school-leaders-group" or "schools-forum" or "education-partnership" => Domain
                .Organisations
                .OrganisationKind
                .Partnership,
            _ => Domain.Organisations.OrganisationKind.Other,
        };

    public static SchoolPhase Phase(string? phase) =>
        phase switch
        {
            "nursery" => SchoolPhase.Nursery,
            "infant" => SchoolPhase.Infant,
            "junior" => SchoolPhase.Junior,
            "primary" => SchoolPhase.Primary,
            "secondary" => SchoolPhase.Secondary,
            "all-through" => SchoolPhase.AllThrough,
            "special" => SchoolPhase.Special,
            "alternative-provision" => SchoolPhase.AlternativeProvision,
            "post-16" => SchoolPhase.Post16,
            _ => SchoolPhase.Unknown,
        };

    /// <summary>Joins lines, or null when there are none.</summary>
    public static string? Lines(IEnumerable<string?>? lines)
    {
        var kept = lines?.Where(l => !string.IsNullOrWhiteSpace(l)).ToList() ?? [];
        return kept.Count == 0 ? null : string.Join('\n', kept);
    }

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
