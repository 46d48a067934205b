using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipGraph.Data;
using PartnershipGraph.Domain.Common;

namespace PartnershipGraph.Web.Benchmarks;

/// <summary>The hand-written floor: one EF projection of the dashboard's fields, written with <see cref="Utf8JsonWriter"/>
/// in the shape of the GraphQL response. Reads what an anonymous caller may read: published plans.</summary>
public static class BaselineDashboardEndpoint
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/baseline/dashboard";

    /// <summary>Maps the endpoint.</summary>
    public static void Map(IApplicationBuilder app) =>
        app.Map(Path, branch => branch.Run(WriteAsync));

    private static async Task WriteAsync(HttpContext http)
    {
        var factory = http.RequestServices.GetRequiredService<
            IDbContextFactory<PartnershipDbContext>
        >();
        await using var db = await factory.CreateDbContextAsync(http.RequestAborted);
        var plans = await db
            .Plans.AsNoTracking()
            .Where(p => p.IsPublished)
            .OrderBy(p => p.Title)
            .Take(DashboardQuery.First)
            .Select(p => new
            {
                p.Title,
                Areas = p.Areas.Select(ar => new
                {
                    ar.Number,
                    ar.Title,
                    Actions = ar.Actions.Select(a => new
                    {
                        a.Ref,
                        a.Description,
                        a.CurrentRag,
                        HasDueDate = a.DueDate != null,
                        DueText = a.DueDate!.Text,
                        Kpis = a.Kpis.Select(k => new
                        {
                            k.Ref,
                            k.Description,
                            Milestones = k
                                .Milestones.OrderBy(m => m.Sequence)
                                .Select(m => new
                                {
                                    m.Label,
                                    HasTarget = m.Target != null,
                                    TargetText = m.Target!.Text,
                                }),
                        }),
                    }),
                }),
            })
            .ToListAsync(http.RequestAborted);

        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(
            http.Response.BodyWriter,
            new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
        );
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("plans");
        json.WriteStartArray("nodes");
        foreach (var plan in plans)
        {
            json.WriteStartObject();
            json.WriteString("title", plan.Title);
            json.WriteStartArray("areas");
            foreach (var area in plan.Areas)
            {
                json.WriteStartObject();
                json.WriteNumber("number", area.Number);
                json.WriteString("title", area.Title);
                json.WriteStartArray("actions");
                foreach (var action in area.Actions)
                {
                    json.WriteStartObject();
                    json.WriteString("ref", action.Ref);
                    json.WriteString("description", action.Description);
                    json.WriteString("currentRag", RagName(action.CurrentRag));
                    WriteText(json, "dueDate", action.HasDueDate, action.DueText);
                    json.WriteStartArray("kpis");
                    foreach (var kpi in action.Kpis)
                    {
                        json.WriteStartObject();
                        json.WriteString("ref", kpi.Ref);
                        json.WriteString("description", kpi.Description);
                        json.WriteStartArray("milestones");
                        foreach (var milestone in kpi.Milestones)
                        {
                            json.WriteStartObject();
                            json.WriteString("label", milestone.Label);
                            WriteText(json, "target", milestone.HasTarget, milestone.TargetText);
                            json.WriteEndObject();
                        }
                        json.WriteEndArray();
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }

    private static void WriteText(Utf8JsonWriter json, string name, bool present, string? text)
    {
        if (!present)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string RagName(Rag rag) =>
        rag switch
        {
            Rag.Met => "MET",
            Rag.OnTrack => "ON_TRACK",
            Rag.PartiallyMet => "PARTIALLY_MET",
            Rag.NotOnTrack => "NOT_ON_TRACK",
            _ => "NOT_RATED",
        };
}
