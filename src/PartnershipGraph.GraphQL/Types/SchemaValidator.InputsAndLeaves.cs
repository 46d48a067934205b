using PartnershipGraph.GraphQL.Language.Ast;

namespace PartnershipGraph.GraphQL.Types;

internal sealed partial class SchemaValidator
{
    private void ValidateUnionMembers(UnionType union)
    {
        if (union.Types.Count == 0)
        {
            Report($"Union type {union.Name} must define one or more member types.", union.AstNode);
        }
        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!included.Add(member.Name))
            {
                var nodes = union.AstNode is UnionTypeDefinitionNode definition
                    ? definition
                        .Types.Where(t => t.Name.Value == member.Name)
                        .ToArray<SyntaxNode?>()
                    : [];
                Report($"Union type {union.Name} can only include type {member.Name} once.", nodes);
            }
        }
    }

    private void ValidateEnumValues(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Report($"Enum type {enumType.Name} must define one or more values.", enumType.AstNode);
        }
        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, value.AstNode);
            if (value.Name is "true" or "false" or "null")
            {
                Report($"Enum values cannot be named: {value.Name}", value.AstNode);
            }
        }
    }

    private void ValidateInputFields(InputObjectType inputObject)
    {
        if (inputObject.Fields.Count == 0)
        {
            Report(
                $"Input Object type {inputObject.Name} must define one or more fields.",
                inputObject.AstNode
            );
        }
        foreach (var field in inputObject.Fields)
        {
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsInputType)
            {
                Report(
                    $"The type of {inputObject.Name}.{field.Name} must be Input Type but got: {field.Type}.",
                    field.AstNode?.Type
                );
            }
            if (field.IsRequired && field.IsDeprecated)
            {
                Report(
                    $"Required input field {inputObject.Name}.{field.Name} cannot be deprecated.",
                    DeprecatedDirectiveNode(field.AstNode),
                    field.AstNode?.Type
                );
            }
            if (inputObject.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Report(
                        $"OneOf input field {inputObject.Name}.{field.Name} must be nullable.",
                        field.AstNode?.Type
                    );
                }
                if (field.HasDefaultValue)
                {
                    Report(
                        $"OneOf input field {inputObject.Name}.{field.Name} cannot have a default value.",
                        field.AstNode
                    );
                }
            }
        }
    }

    /// <summary>Finds input objects that contain themselves through non-null fields (a depth-first search, like <c>NoFragmentCycles</c>).</summary>
    private sealed class InputObjectCircularRefs(SchemaValidator validator)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<InputValueDefinition> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

        public void Check(InputObjectType inputObject)
        {
            if (!_visited.Add(inputObject.Name))
            {
                return;
            }
            _pathIndexByTypeName[inputObject.Name] = _fieldPath.Count;
            foreach (var field in inputObject.Fields)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
                {
                    continue;
                }
                _fieldPath.Add(field);
                if (_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                {
                    var cycle = _fieldPath.Skip(cycleIndex).ToList();
                    validator.Report(
                        $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', cycle.Select(f => f.Name))}\".",
                        [.. cycle.Select(f => f.AstNode)]
                    );
                }
                else
                {
                    Check(fieldType);
                }
                _fieldPath.RemoveAt(_fieldPath.Count - 1);
            }
            _pathIndexByTypeName.Remove(inputObject.Name);
        }
    }
}
