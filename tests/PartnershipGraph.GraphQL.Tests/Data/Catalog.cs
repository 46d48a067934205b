using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PartnershipGraph.GraphQL.Tests.Data;

public enum ProductKind
{
    Book,
    BoardGame,
    Puzzle,
}

public sealed class Maker
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Country { get; set; }

    /// <summary>A value mapped as an optional EF complex type (columns <c>Address_Street</c>, <c>Address_City</c>, <c>Address_Verified</c>).</summary>
    public Address? Address { get; set; }
}

/// <summary>A value object with a primary constructor and no parameterless one, like the domain's partial dates and targets.</summary>
public sealed record Address(string? Street, string? City, bool Verified = false);

public sealed class Tag
{
    public int Id { get; set; }

    public string Label { get; set; } = "";
}

public sealed class Product
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Code { get; set; }

    public int Quantity { get; set; }

    public int? Rating { get; set; }

    public decimal Price { get; set; }

    public double Weight { get; set; }

    public bool InStock { get; set; }

    public DateTime AddedAt { get; set; }

    public DateOnly ReleasedOn { get; set; }

    public Guid Reference { get; set; }

    public ProductKind Kind { get; set; }

    public int? MakerId { get; set; }

    public Maker? Maker { get; set; }

    public List<Tag> Tags { get; set; } = [];

    public List<string> Aliases { get; set; } = [];
}

/// <summary>A small EF Core model over an in-memory SQLite database, owned by one test.</summary>
public sealed class Catalog : DbContext
{
    private readonly SqliteConnection? _connection;

    private Catalog(SqliteConnection? connection, DbContextOptions<Catalog> options)
        : base(options)
    {
        _connection = connection;
        Provider = connection is null ? CatalogProvider.Postgres : CatalogProvider.Sqlite;
    }

    /// <summary>The database this catalog runs on.</summary>
    public CatalogProvider Provider { get; }

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Maker> Makers => Set<Maker>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder
            .Entity<Maker>()
            .ComplexProperty(
                m => m.Address,
                a =>
                {
                    a.Property(x => x.Street);
                    a.Property(x => x.City);
                    a.Property(x => x.Verified);
                }
            );

    public static readonly Guid FirstReference = Guid.Parse("0190c2d6-7b1e-7a51-9c1e-2f3b4c5d6e01");

    /// <summary>A new database with six products, three makers and some tags; on PostgreSQL a uniquely named database, dropped on dispose.</summary>
    public static Catalog Create(CatalogProvider provider = CatalogProvider.Sqlite)
    {
        Catalog catalog;
        if (provider == CatalogProvider.Postgres)
        {
            var server =
                PostgresCatalog.ConnectionString
                ?? throw new InvalidOperationException(
                    $"{PostgresCatalog.EnvironmentVariable} is not set."
                );
            var connectionString = new Npgsql.NpgsqlConnectionStringBuilder(server)
            {
                Database = $"pg_graphql_{Guid.NewGuid():N}",
            }.ConnectionString;
            var options = new DbContextOptionsBuilder<Catalog>()
                .UseNpgsql(connectionString)
                .Options;
            catalog = new Catalog(null, options);
        }
        else
        {
            var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            var options = new DbContextOptionsBuilder<Catalog>().UseSqlite(connection).Options;
            catalog = new Catalog(connection, options);
        }
        catalog.Database.EnsureCreated();
        Seed(catalog);
        catalog.ChangeTracker.Clear();
        return catalog;
    }

    public override void Dispose()
    {
        if (_connection is null)
        {
            Database.EnsureDeleted();
        }
        base.Dispose();
        _connection?.Dispose();
    }

    private static void Seed(Catalog catalog)
    {
        var acme = new Maker
        {
            Id = 1,
            Name = "Acme",
            Country = "UK",
            Address = new Address("1 High Street", "Leeds", Verified: true),
        };
        var zenith = new Maker
        {
            Id = 2,
            Name = "Zenith",
            Country = null,
        };
        var orbit = new Maker
        {
            Id = 3,
            Name = "Orbit",
            Country = "FR",
        };
        Product Make(
            int id,
            string name,
            string? code,
            int quantity,
            int? rating,
            decimal price,
            ProductKind kind,
            Maker? maker,
            params string[] tags
        ) =>
            new()
            {
                Id = id,
                Name = name,
                Code = code,
                Quantity = quantity,
                Rating = rating,
                Price = price,
                Weight = quantity * 0.5,
                InStock = quantity > 0,
                AddedAt = new DateTime(2024, 1, id, 9, 0, 0, DateTimeKind.Utc),
                ReleasedOn = new DateOnly(2023, id, 15),
                Reference = Guid.Parse($"0190c2d6-7b1e-7a51-9c1e-2f3b4c5d6e0{id}"),
                Kind = kind,
                Maker = maker,
                Tags = [.. tags.Select((t, i) => new Tag { Id = id * 10 + i, Label = t })],
                Aliases = [.. tags.Select(t => t.ToUpperInvariant())],
            };
        catalog.AddRange(
            Make(
                1,
                "Atlas of Maps",
                "AT-1",
                4,
                5,
                12.50m,
                ProductKind.Book,
                acme,
                "travel",
                "maps"
            ),
            Make(
                2,
                "Board of Kings",
                "BK-2",
                0,
                3,
                30.00m,
                ProductKind.BoardGame,
                zenith,
                "strategy"
            ),
            Make(3, "Cloud Puzzle", null, 7, null, 9.99m, ProductKind.Puzzle, orbit),
            Make(4, "Dune Book", "DB-4", 2, 4, 12.50m, ProductKind.Book, null, "scifi", "classic"),
            Make(5, "Echo Cards", "EC-5", 9, 3, 5.25m, ProductKind.BoardGame, acme, "party"),
            Make(6, "Fjord Jigsaw", "FJ-6", 1, null, 15.00m, ProductKind.Puzzle, zenith, "travel")
        );
        catalog.SaveChanges();
    }
}
