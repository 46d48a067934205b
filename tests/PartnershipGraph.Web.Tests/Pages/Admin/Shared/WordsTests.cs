using PartnershipGraph.Domain.Organisations;
using PartnershipGraph.Domain.Schools;
using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Shared;

/// <summary>Enum names shown as words.</summary>
public sealed class WordsTests
{
    [Fact]
    public void Splits_enum_names_into_sentence_case_words()
    {
        Assert.Equal("Alternative provision", Words.Of(SchoolPhase.AlternativeProvision));
        Assert.Equal("Post 16", Words.Of(SchoolPhase.Post16));
        Assert.Equal("Integrated care board", Words.Of(OrganisationKind.IntegratedCareBoard));
        Assert.Equal("Special", Words.Of(SchoolPhase.Special));
    }
}
