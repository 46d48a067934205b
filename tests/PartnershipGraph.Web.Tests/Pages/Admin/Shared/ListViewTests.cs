using PartnershipGraph.Web.Pages.Admin.Shared;

namespace PartnershipGraph.Web.Tests.Pages.Admin.Shared;

/// <summary>The links the list partials build: search and filters kept, page reset on a new sort, the default size left out.</summary>
public sealed class ListViewTests
{
    private static ListPage<string> Page(
        bool descending = false,
        int size = ListQuery.DefaultSize
    ) =>
        new(
            [],
            new ListState("st peter's", "name", descending, 2, size, 60, 3),
            [
                new ListFilter("phase", "Phase", [], "Primary"),
                new ListFilter("type", "Type", [], null),
            ],
            "",
            ["name", "urn"]
        );

    [Fact]
    public void Page_link_keeps_the_search_filters_and_sort()
    {
        Assert.Equal("?q=st%20peter%27s&phase=Primary&sort=name&dir=asc&p=3", Page().Url(3));
    }

    [Fact]
    public void First_page_and_default_size_are_left_out_and_another_size_is_kept()
    {
        Assert.Equal("?q=st%20peter%27s&phase=Primary&sort=name&dir=asc", Page().Url(1));
        Assert.EndsWith("&dir=asc&size=10", Page(size: 10).Url(1), StringComparison.Ordinal);
    }

    [Fact]
    public void Header_of_the_sorted_column_reverses_it_and_others_sort_ascending_from_page_one()
    {
        var page = Page();
        Assert.Equal("?q=st%20peter%27s&phase=Primary&sort=name&dir=desc", page.SortUrl("name"));
        Assert.Equal("?q=st%20peter%27s&phase=Primary&sort=urn&dir=asc", page.SortUrl("urn"));
        Assert.Equal(
            "?q=st%20peter%27s&phase=Primary&sort=name&dir=asc",
            Page(descending: true).SortUrl("name")
        );
    }

    [Fact]
    public void Aria_sort_is_set_only_on_the_sorted_column()
    {
        Assert.Equal("ascending", Page().AriaSort("name"));
        Assert.Equal("descending", Page(descending: true).AriaSort("name"));
        Assert.Null(Page().AriaSort("urn"));
    }
}
