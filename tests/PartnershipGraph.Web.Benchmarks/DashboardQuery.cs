namespace PartnershipGraph.Web.Benchmarks;

/// <summary>The nested dashboard query both endpoints answer: plans, areas, actions, KPIs, milestones.</summary>
public static class DashboardQuery
{
    /// <summary>The most plans read, on both endpoints.</summary>
    public const int First = 50;

    /// <summary>The GraphQL document.</summary>
    public const string Document = """
        query Dashboard {
          plans(first: 50, order: [{ title: ASC }]) {
            nodes {
              title
              areas {
                number
                title
                actions {
                  ref
                  description
                  currentRag
                  dueDate { text }
                  kpis { ref description milestones { label target { text } } }
                }
              }
            }
          }
        }
        """;
}
