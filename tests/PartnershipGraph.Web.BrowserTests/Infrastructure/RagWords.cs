namespace PartnershipGraph.Web.BrowserTests.Infrastructure;

/// <summary>
/// Finds RAG colours shown without their word: a <c>.rag</c> chip whose text is not a RAG word, or a chart
/// segment (<c>rect[data-rag]</c>) without a title naming its RAG.
/// </summary>
public static class RagWords
{
    /// <summary>The words the pages use for the RAGs.</summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "Met",
        "On track",
        "Partially met",
        "Not on track",
        "Not rated",
    ];

    /// <summary>One line per colour without a word, naming the page.</summary>
    public static async Task<IReadOnlyList<string>> ColourOnlyAsync(IPage page, string name)
    {
        var found = await page.EvaluateAsync<string[]>(Script, Words);
        return [.. found.Select(f => $"rag-word on {name}: {f}")];
    }

    private const string Script = """
        words => {
            const found = [];
            for (const chip of document.querySelectorAll('.rag')) {
                const text = chip.textContent.trim();
                if (!words.includes(text)) found.push(`.rag chip "${text}": ${chip.outerHTML.slice(0, 120)}`);
            }
            for (const rect of document.querySelectorAll('svg rect[data-rag]')) {
                const title = rect.querySelector('title')?.textContent ?? '';
                if (!words.some(w => title.includes(w))) found.push(`chart segment ${rect.getAttribute('data-rag')} titled "${title}"`);
            }
            return found;
        }
        """;
}
