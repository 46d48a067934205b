namespace PartnershipGraph.Web.GraphQL.Crud;

/// <summary>One field of an entity's create and update inputs: its GraphQL name, type and description.</summary>
/// <param name="Name">The input field's name, such as "name".</param>
/// <param name="Type">The input field's GraphQL type, such as "String!".</param>
/// <param name="Description">The input field's full-sentence description.</param>
public sealed record CrudField(string Name, string Type, string Description);
