using PartnershipGraph.GraphQL.Scalars;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Builder;

/// <summary>Turns the declarations of a <see cref="SchemaBuilder"/> into a validated <see cref="Schema"/>.</summary>
internal sealed partial class SchemaAssembler(SchemaBuilder builder, bool builtIn = false)
{
    private readonly bool _builtIn = builtIn;
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _orderedTypes = [];

    /// <summary>Creates every type, links the references, builds the schema and validates it.</summary>
    public Schema Assemble()
    {
        _errors.AddRange(builder.LoadErrors);
        foreach (var name in builder.DuplicateNames.Distinct())
        {
            Error(
                $"Schema must contain uniquely named types but contains multiple types named \"{name}\"."
            );
        }
        foreach (var declaration in builder.Types)
        {
            var type = CreateShell(declaration);
            _types[type.Name] = type;
            _orderedTypes.Add(type);
        }
        foreach (var declaration in builder.Types)
        {
            Complete(declaration);
        }
        var directives = BuildDirectives();
        var query = RootType(builder.QueryTypeName, "Query", "Query");
        var mutation = RootType(builder.MutationTypeName, "Mutation", "Mutation");
        var subscription = RootType(builder.SubscriptionTypeName, "Subscription", "Subscription");
        if (query is null)
        {
            Error("Query root type must be provided.");
        }
        if (_errors.Count > 0)
        {
            throw new SchemaBuildException(_errors);
        }
        Schema schema;
        try
        {
            schema = new Schema(
                query!,
                mutation,
                subscription,
                _orderedTypes,
                directives,
                builder.DescriptionText
            )
            {
                AstNode = builder.SchemaAstNode,
            };
        }
        catch (InvalidOperationException exception)
        {
            throw new SchemaBuildException([new GraphQLError(exception.Message)]);
        }
        var validationErrors = SchemaValidator.Validate(schema);
        if (validationErrors.Count > 0)
        {
            throw new SchemaBuildException(validationErrors);
        }
        return schema;
    }

    /// <summary>Creates the declared types alone, marked built-in, without a schema or validation (for the introspection types).</summary>
    /// <exception cref="SchemaBuildException">A declaration is invalid.</exception>
    public static IReadOnlyDictionary<string, NamedType> AssembleBuiltInTypes(SchemaBuilder builder)
    {
        var assembler = new SchemaAssembler(builder, builtIn: true);
        foreach (var declaration in builder.Types)
        {
            var type = assembler.CreateShell(declaration);
            assembler._types[type.Name] = type;
            assembler._orderedTypes.Add(type);
        }
        foreach (var declaration in builder.Types)
        {
            assembler.Complete(declaration);
        }
        assembler.ConvertPendingDefaults();
        if (assembler._errors.Count > 0)
        {
            throw new SchemaBuildException(assembler._errors);
        }
        return assembler._orderedTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    private ObjectType? RootType(string? explicitName, string defaultName, string operation)
    {
        var name = explicitName ?? defaultName;
        var type = _types.GetValueOrDefault(name);
        if (type is null)
        {
            if (explicitName is not null)
            {
                Error(
                    $"Unknown type \"{explicitName}\" named as the {operation.ToLowerInvariant()} root type."
                );
            }
            return null;
        }
        if (type is not ObjectType obj)
        {
            var ifProvided = operation == "Query" ? "" : " if provided";
            Error(
                $"{operation} root type must be Object type{ifProvided}, it cannot be {type.Name}."
            );
            return null;
        }
        return obj;
    }

    private void Error(string message, Language.Ast.SyntaxNode? node = null) =>
        _errors.Add(Utilities.Errors.AtNode(message, node));

    /// <summary>The named type a name refers to: a declared type, a built-in scalar or an extended scalar.</summary>
    private NamedType? LookupNamedType(string name) =>
        _types.GetValueOrDefault(name) ?? BuiltInScalars.Get(name) ?? LookupExtendedScalar(name);

    private NamedType? LookupExtendedScalar(string name)
    {
        if (ExtendedScalars.Get(name) is not { } scalar)
        {
            return null;
        }
        _types[name] = scalar;
        return scalar;
    }
}
