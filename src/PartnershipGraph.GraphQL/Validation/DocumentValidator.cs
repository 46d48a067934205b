using PartnershipGraph.GraphQL.Language.Ast;
using PartnershipGraph.GraphQL.Language.Visitor;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Validation;

/// <summary>Validates an executable document against a schema, running every rule in one walk of the document.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Validation (graphql-js's <c>validate</c>).</remarks>
public static class DocumentValidator
{
    /// <summary>The message of the error added when <see cref="ValidationOptions.MaxErrors"/> is reached.</summary>
    public const string TooManyErrorsMessage =
        "Too many validation errors, error limit reached. Validation aborted.";

    /// <summary>The message of the error added when following fragments costs too much work.</summary>
    public const string AbortedMessage = "Validation aborted.";

    /// <summary>Runs the rules over the document and returns the errors in the order they were found; an empty list means the document is valid.</summary>
    /// <param name="schema">The schema to validate against.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="rules">The rules to run; <see cref="SpecifiedRules.All"/> when <see langword="null"/>.</param>
    /// <param name="options">Error limit and suggestions; the defaults when <see langword="null"/>.</param>
    /// <remarks>
    /// Where graphql-js's <c>validate</c> throws a <see cref="GraphQLError"/> (evaluating <c>@skip</c> and <c>@include</c> on a
    /// subscription's root fields), this returns that error alone.
    /// </remarks>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<IValidationRule>? rules = null,
        ValidationOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        rules ??= SpecifiedRules.All;
        options ??= new ValidationOptions();
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(
            schema,
            document,
            typeInfo,
            error =>
            {
                if (errors.Count >= options.MaxErrors)
                {
                    errors.Add(new GraphQLError(TooManyErrorsMessage));
                    throw new ValidationAbortedException(budgetExhausted: false);
                }
                errors.Add(error);
            },
            options.HideSuggestions
        );
        var visitor = new ParallelVisitor(rules.Select(rule => rule.CreateVisitor(context)));
        try
        {
            SyntaxWalker.Walk(
                document,
                new DescriptionSkippingVisitor(new TypeInfoVisitor(typeInfo, visitor))
            );
        }
        catch (ValidationAbortedException aborted)
        {
            if (aborted.BudgetExhausted)
            {
                errors.Add(new GraphQLError(AbortedMessage));
            }
        }
        catch (GraphQLError thrown)
        {
            return [thrown];
        }
        return errors;
    }
}
