var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health/live", () => Results.Ok("live"));
app.Run();

/// <summary>The web host's entry point, visible to integration tests.</summary>
public partial class Program;
