using PartnershipGraph.GraphQL.Language.Visitor;

namespace PartnershipGraph.GraphQL.Validation;

/// <summary>A validation rule: creates, for one validation of one document, a visitor that reports what breaks the rule.</summary>
/// <remarks>https://spec.graphql.org/October2021/#sec-Validation</remarks>
public interface IValidationRule
{
    /// <summary>The rule's name, as graphql-js names it (<c>UniqueOperationNamesRule</c>).</summary>
    string Name { get; }

    /// <summary>Creates the visitor that checks one document, reporting errors to <paramref name="context"/>.</summary>
    ISyntaxVisitor CreateVisitor(ValidationContext context);
}
