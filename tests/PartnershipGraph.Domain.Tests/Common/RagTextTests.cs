using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Domain.Tests.Common;

public class RagTextTests
{
    [Theory]
    [InlineData("Met", Rag.Met)]
    [InlineData("MET", Rag.Met)]
    [InlineData("met.", Rag.Met)]
    [InlineData("MET - A case file for all children with EHCP's has been opened", Rag.Met)]
    [InlineData("Delivered", Rag.Met)]
    [InlineData("Completed - 1 x 1wte locum doctor", Rag.Met)]
    [InlineData("Complete", Rag.Met)]
    [InlineData("Achieved", Rag.Met)]
    [InlineData("Exceeded", Rag.Met)]
    [InlineData("Fully met", Rag.Met)]
    [InlineData("Blue", Rag.Met)]
    [InlineData("B", Rag.Met)]
    [InlineData("On track", Rag.OnTrack)]
    [InlineData("On Track", Rag.OnTrack)]
    [InlineData("ON TRACK", Rag.OnTrack)]
    [InlineData("on-track", Rag.OnTrack)]
    [InlineData("Progress on Track", Rag.OnTrack)]
    [InlineData("Progress on track", Rag.OnTrack)]
    [InlineData("Progress: on track", Rag.OnTrack)]
    [InlineData("RAG: Green", Rag.OnTrack)]
    [InlineData("Green", Rag.OnTrack)]
    [InlineData("g", Rag.OnTrack)]
    [InlineData("Partially met", Rag.PartiallyMet)]
    [InlineData("Partially Met", Rag.PartiallyMet)]
    [InlineData("Partly met", Rag.PartiallyMet)]
    [InlineData("Partially \u2013 three of five schools", Rag.PartiallyMet)]
    [InlineData("Amber", Rag.PartiallyMet)]
    [InlineData("AMBER", Rag.PartiallyMet)]
    [InlineData("At risk", Rag.PartiallyMet)]
    [InlineData("A", Rag.PartiallyMet)]
    [InlineData("Not on track", Rag.NotOnTrack)]
    [InlineData("Not met", Rag.NotOnTrack)]
    [InlineData("NOT MET", Rag.NotOnTrack)]
    [InlineData("Not Met", Rag.NotOnTrack)]
    [InlineData("Not yet met", Rag.NotOnTrack)]
    [InlineData("Off track", Rag.NotOnTrack)]
    [InlineData("Not achieved", Rag.NotOnTrack)]
    [InlineData("Red", Rag.NotOnTrack)]
    [InlineData("RED", Rag.NotOnTrack)]
    [InlineData("r", Rag.NotOnTrack)]
    [InlineData("Not known", Rag.NotRated)]
    [InlineData("Not rated", Rag.NotRated)]
    [InlineData("n/a", Rag.NotRated)]
    [InlineData("Unknown", Rag.NotRated)]
    [InlineData("Met/Met", Rag.Met)]
    [InlineData("MET (EHCP) / Not Met (SEN Support)", Rag.PartiallyMet)]
    [InlineData("Red/Amber", Rag.PartiallyMet)]
    [InlineData("On track / waiting list 3", Rag.OnTrack)]
    public void Reads_the_papers_status_words(string text, Rag rag)
    {
        Assert.Equal(rag, RagText.Parse(text));
        Assert.True(RagText.TryParse(text, out var parsed));
        Assert.Equal(rag, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("None")]
    [InlineData("Metropolitan area")]
    [InlineData("Meeting held")]
    [InlineData("Redesign under way")]
    [InlineData("Progress has been made")]
    [InlineData("A base for the two MHSTs has been found")]
    [InlineData("x")]
    public void Gives_null_when_the_text_opens_with_no_status(string? text)
    {
        Assert.Null(RagText.Parse(text));
        Assert.False(RagText.TryParse(text, out var parsed));
        Assert.Equal(Rag.NotRated, parsed);
    }

    [Theory]
    [InlineData(Rag.Met, "Met", "Blue")]
    [InlineData(Rag.OnTrack, "On track", "Green")]
    [InlineData(Rag.PartiallyMet, "Partially met", "Amber")]
    [InlineData(Rag.NotOnTrack, "Not on track", "Red")]
    [InlineData(Rag.NotRated, "Not rated", "Grey")]
    public void Writes_the_legend_text_and_colour(Rag rag, string text, string colour)
    {
        Assert.Equal(text, RagText.ToText(rag));
        Assert.Equal(colour, RagText.ToColour(rag));
        Assert.Equal(rag, RagText.Parse(RagText.ToText(rag)));
        Assert.Equal(rag, RagText.Parse(RagText.ToColour(rag)) ?? Rag.NotRated);
    }
}
