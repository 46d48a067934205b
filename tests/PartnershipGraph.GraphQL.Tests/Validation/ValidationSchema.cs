using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Language;
using PartnershipGraph.GraphQL.Types;

namespace PartnershipGraph.GraphQL.Tests.Validation;

/// <summary>The schema every validation test runs against: pets, people and aliens, arguments of every kind and custom directives; built in code and, identically, as SDL for graphql-js.</summary>
internal static class ValidationSchema
{
    /// <summary>The schema as SDL, for graphql-js's <c>buildSchema</c>.</summary>
    public const string Sdl = """
        schema {
          query: QueryRoot
          mutation: MutationRoot
          subscription: SubscriptionRoot
        }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @repeatable repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @withArgs(req: Int!, opt: String = "x", list: [Int!]) on FIELD | QUERY

        interface Being {
          name(surname: Boolean): String
        }

        interface Mammal {
          mother: Mammal
          father: Mammal
        }

        interface Pet implements Being {
          name(surname: Boolean): String
        }

        interface Canine implements Mammal {
          name(surname: Boolean): String
          mother: Canine
          father: Canine
        }

        enum DogCommand {
          SIT
          HEEL
          DOWN
        }

        type Dog implements Being & Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }

        type Cat implements Being & Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog

        interface Intelligent {
          iq: Int
        }

        type Human implements Being & Intelligent {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]!
          iq: Int
        }

        type Alien implements Being & Intelligent {
          name(surname: Boolean): String
          numEyes: Int
          iq: Int
        }

        union DogOrHuman = Dog | Human

        union HumanOrAlien = Human | Alien

        enum FurColor {
          BROWN
          BLACK
          TAN
          SPOTTED
          NO_FUR
          UNKNOWN
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        input OneOfInput @oneOf {
          stringField: String
          intField: Int
        }

        scalar Any

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          anyArgField(anyArg: Any): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        type QueryRoot {
          human(id: ID): Human
          alien: Alien
          dog: Dog
          cat: Cat
          pet: Pet
          being: Being
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          complicatedArgs: ComplicatedArgs
        }

        type MutationRoot {
          adoptDog(name: String!, command: DogCommand): Dog
          renameCat(name: String!): Cat
        }

        type Message {
          body: String
          sender: String
        }

        type SubscriptionRoot {
          importantEmails: [String]
          notImportantEmails: [String]
          moreImportantEmails: [String]
          spamEmails: [String]
          deletedEmails: [String]
          newMessage: Message
          dogBarked(volumeAbove: Int): Dog
        }
        """;

    /// <summary>The same schema, built with <see cref="SchemaBuilder"/> in the same order.</summary>
    public static Schema Schema { get; } = Build();

    private static Schema Build() =>
        new SchemaBuilder()
            .QueryType("QueryRoot")
            .MutationType("MutationRoot")
            .SubscriptionType("SubscriptionRoot")
            .Directive("onQuery", d => d.Locations(DirectiveLocation.Query))
            .Directive("onMutation", d => d.Locations(DirectiveLocation.Mutation))
            .Directive("onSubscription", d => d.Locations(DirectiveLocation.Subscription))
            .Directive("onField", d => d.Locations(DirectiveLocation.Field))
            .Directive(
                "onFragmentDefinition",
                d => d.Locations(DirectiveLocation.FragmentDefinition)
            )
            .Directive("onFragmentSpread", d => d.Locations(DirectiveLocation.FragmentSpread))
            .Directive("onInlineFragment", d => d.Locations(DirectiveLocation.InlineFragment))
            .Directive(
                "onVariableDefinition",
                d => d.Locations(DirectiveLocation.VariableDefinition)
            )
            .Directive(
                "repeatable",
                d =>
                    d.Repeatable()
                        .Locations(
                            DirectiveLocation.Field,
                            DirectiveLocation.FragmentSpread,
                            DirectiveLocation.InlineFragment
                        )
            )
            .Directive(
                "withArgs",
                d =>
                    d.Argument("req", "Int!")
                        .Argument(
                            "opt",
                            "String",
                            a => a.DefaultValueLiteral(Parser.ParseConstValue("\"x\""))
                        )
                        .Argument("list", "[Int!]")
                        .Locations(DirectiveLocation.Field, DirectiveLocation.Query)
            )
            .Interface("Being", t => t.Field("name", "String").Argument("surname", "Boolean"))
            .Interface("Mammal", t => t.Field("mother", "Mammal").Field("father", "Mammal"))
            .Interface(
                "Pet",
                t => t.Implements("Being").Field("name", "String").Argument("surname", "Boolean")
            )
            .Interface(
                "Canine",
                t =>
                    t.Implements("Mammal")
                        .Field("name", "String")
                        .Argument("surname", "Boolean")
                        .Field("mother", "Canine")
                        .Field("father", "Canine")
            )
            .Enum("DogCommand", e => e.Value("SIT").Value("HEEL").Value("DOWN"))
            .Object(
                "Dog",
                t =>
                    t.Implements("Being", "Pet", "Mammal", "Canine")
                        .Field("name", "String")
                        .Argument("surname", "Boolean")
                        .Field("nickname", "String")
                        .Field("barkVolume", "Int")
                        .Field("barks", "Boolean")
                        .Field("doesKnowCommand", "Boolean")
                        .Argument("dogCommand", "DogCommand")
                        .Field("isHouseTrained", "Boolean")
                        .Argument("atOtherHomes", "Boolean", a => a.DefaultValue(true))
                        .Field("isAtLocation", "Boolean")
                        .Argument("x", "Int")
                        .Argument("y", "Int")
                        .Field("mother", "Dog")
                        .Field("father", "Dog")
            )
            .Object(
                "Cat",
                t =>
                    t.Implements("Being", "Pet")
                        .Field("name", "String")
                        .Argument("surname", "Boolean")
                        .Field("nickname", "String")
                        .Field("meows", "Boolean")
                        .Field("meowsVolume", "Int")
                        .Field("furColor", "FurColor")
            )
            .Union("CatOrDog", "Cat", "Dog")
            .Interface("Intelligent", t => t.Field("iq", "Int"))
            .Object(
                "Human",
                t =>
                    t.Implements("Being", "Intelligent")
                        .Field("name", "String")
                        .Argument("surname", "Boolean")
                        .Field("pets", "[Pet]")
                        .Field("relatives", "[Human]!")
                        .Field("iq", "Int")
            )
            .Object(
                "Alien",
                t =>
                    t.Implements("Being", "Intelligent")
                        .Field("name", "String")
                        .Argument("surname", "Boolean")
                        .Field("numEyes", "Int")
                        .Field("iq", "Int")
            )
            .Union("DogOrHuman", "Dog", "Human")
            .Union("HumanOrAlien", "Human", "Alien")
            .Enum(
                "FurColor",
                e =>
                    e.Value("BROWN")
                        .Value("BLACK")
                        .Value("TAN")
                        .Value("SPOTTED")
                        .Value("NO_FUR")
                        .Value("UNKNOWN")
            )
            .InputObject(
                "ComplexInput",
                i =>
                    i.Field("requiredField", "Boolean!")
                        .Field("nonNullField", "Boolean!", f => f.DefaultValue(false))
                        .Field("intField", "Int")
                        .Field("stringField", "String")
                        .Field("booleanField", "Boolean")
                        .Field("stringListField", "[String]")
            )
            .InputObject(
                "OneOfInput",
                i => i.OneOf().Field("stringField", "String").Field("intField", "Int")
            )
            .Scalar("Any")
            .Object("ComplicatedArgs", ComplicatedArgs)
            .Object(
                "QueryRoot",
                t =>
                    t.Field("human", "Human")
                        .Argument("id", "ID")
                        .Field("alien", "Alien")
                        .Field("dog", "Dog")
                        .Field("cat", "Cat")
                        .Field("pet", "Pet")
                        .Field("being", "Being")
                        .Field("catOrDog", "CatOrDog")
                        .Field("dogOrHuman", "DogOrHuman")
                        .Field("humanOrAlien", "HumanOrAlien")
                        .Field("complicatedArgs", "ComplicatedArgs")
            )
            .Object(
                "MutationRoot",
                t =>
                    t.Field("adoptDog", "Dog")
                        .Argument("name", "String!")
                        .Argument("command", "DogCommand")
                        .Field("renameCat", "Cat")
                        .Argument("name", "String!")
            )
            .Object("Message", t => t.Field("body", "String").Field("sender", "String"))
            .Object(
                "SubscriptionRoot",
                t =>
                    t.Field("importantEmails", "[String]")
                        .Field("notImportantEmails", "[String]")
                        .Field("moreImportantEmails", "[String]")
                        .Field("spamEmails", "[String]")
                        .Field("deletedEmails", "[String]")
                        .Field("newMessage", "Message")
                        .Field("dogBarked", "Dog")
                        .Argument("volumeAbove", "Int")
            )
            .Build();

    private static void ComplicatedArgs(ObjectTypeBuilder t) =>
        t.Field("intArgField", "String")
            .Argument("intArg", "Int")
            .Field("nonNullIntArgField", "String")
            .Argument("nonNullIntArg", "Int!")
            .Field("stringArgField", "String")
            .Argument("stringArg", "String")
            .Field("booleanArgField", "String")
            .Argument("booleanArg", "Boolean")
            .Field("enumArgField", "String")
            .Argument("enumArg", "FurColor")
            .Field("floatArgField", "String")
            .Argument("floatArg", "Float")
            .Field("idArgField", "String")
            .Argument("idArg", "ID")
            .Field("anyArgField", "String")
            .Argument("anyArg", "Any")
            .Field("stringListArgField", "String")
            .Argument("stringListArg", "[String]")
            .Field("stringListNonNullArgField", "String")
            .Argument("stringListNonNullArg", "[String!]")
            .Field("complexArgField", "String")
            .Argument("complexArg", "ComplexInput")
            .Field("oneOfArgField", "String")
            .Argument("oneOfArg", "OneOfInput")
            .Field("multipleReqs", "String")
            .Argument("req1", "Int!")
            .Argument("req2", "Int!")
            .Field("nonNullFieldWithDefault", "String")
            .Argument("arg", "Int!", a => a.DefaultValue(0))
            .Field("multipleOpts", "String")
            .Argument("opt1", "Int", a => a.DefaultValue(0))
            .Argument("opt2", "Int", a => a.DefaultValue(0))
            .Field("multipleOptAndReq", "String")
            .Argument("req1", "Int!")
            .Argument("req2", "Int!")
            .Argument("opt1", "Int", a => a.DefaultValue(0))
            .Argument("opt2", "Int", a => a.DefaultValue(0));
}
