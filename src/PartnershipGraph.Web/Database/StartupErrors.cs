namespace PartnershipGraph.Web.Database;

/// <summary>Turns a start-up exception into one readable sentence chain, without a stack trace.</summary>
internal static class StartupErrors
{
    public static string Explain(Exception error)
    {
        var messages = new List<string>();
        for (var current = error; current is not null; current = current.InnerException)
        {
            var message = current.Message.Trim();
            if (message.Length > 0 && !messages.Contains(message))
            {
                messages.Add(message);
            }
        }
        return string.Join(" ← ", messages);
    }
}
