using PartnershipGraph.GraphQL.Language.Visitor;

namespace PartnershipGraph.GraphQL.Validation;

/// <summary>A validation rule named after its class, such as <c>UniqueOperationNamesRule</c>.</summary>
public abstract class ValidationRule : IValidationRule
{
    /// <inheritdoc/>
    /// <value>The class name.</value>
    public virtual string Name => GetType().Name;

    /// <inheritdoc/>
    public abstract ISyntaxVisitor CreateVisitor(ValidationContext context);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
