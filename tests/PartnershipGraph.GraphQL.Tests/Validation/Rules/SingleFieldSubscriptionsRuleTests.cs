using PartnershipGraph.GraphQL.Builder;
using PartnershipGraph.GraphQL.Validation.Rules;
using static PartnershipGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace PartnershipGraph.GraphQL.Tests.Validation.Rules;

public class SingleFieldSubscriptionsRuleTests
{
    private static readonly SingleFieldSubscriptionsRule Rule = new();

    [Fact]
    public void Valid_subscription() =>
        ExpectValid(Rule, "subscription ImportantEmails { importantEmails }");

    [Fact]
    public void Valid_subscription_with_fragment() =>
        ExpectValid(
            Rule,
            """
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on SubscriptionRoot {
              newMessage {
                body
                sender
              }
            }
            """
        );

    [Fact]
    public void Valid_subscription_with_fragment_and_field() =>
        ExpectValid(
            Rule,
            """
            subscription sub {
              newMessage {
                body
              }
              ...newMessageFields
            }

            fragment newMessageFields on SubscriptionRoot {
              newMessage {
                body
                sender
              }
            }
            """
        );

    [Fact]
    public void Fails_with_more_than_one_root_field() =>
        ExpectErrors(
            Rule,
            """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
            }
            """,
            ("Subscription \"ImportantEmails\" must select only one top level field.", 3, 3)
        );

    [Fact]
    public void Fails_with_more_than_one_root_field_including_introspection() =>
        ExpectErrors(
            Rule,
            """
            subscription ImportantEmails {
              importantEmails
              __typename
            }
            """,
            ("Subscription \"ImportantEmails\" must select only one top level field.", 3, 3),
            (
                "Subscription \"ImportantEmails\" must not select an introspection top level field.",
                3,
                3
            )
        );

    [Fact]
    public void Fails_with_more_than_one_root_field_including_aliased_introspection_via_fragment() =>
        ExpectErrors(
            Rule,
            """
            subscription ImportantEmails {
              importantEmails
              ...Introspection
            }
            fragment Introspection on SubscriptionRoot {
              typename: __typename
            }
            """,
            ("Subscription \"ImportantEmails\" must select only one top level field.", 6, 3),
            (
                "Subscription \"ImportantEmails\" must not select an introspection top level field.",
                6,
                3
            )
        );

    [Fact]
    public void Fails_with_many_more_than_one_root_field() =>
        ExpectErrors(
            Rule,
            """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
              spamEmails
            }
            """,
            new ExpectedError(
                "Subscription \"ImportantEmails\" must select only one top level field.",
                new(3, 3),
                new(4, 3)
            )
        );

    [Fact]
    public void Fails_with_many_more_than_one_root_field_via_fragments() =>
        ExpectErrors(
            Rule,
            """
            subscription ImportantEmails {
              importantEmails
              ... {
                more: moreImportantEmails
              }
              ...NotImportantEmails
            }
            fragment NotImportantEmails on SubscriptionRoot {
              notImportantEmails
              deleted: deletedEmails
              ...SpamEmails
            }
            fragment SpamEmails on SubscriptionRoot {
              spamEmails
            }
            """,
            new ExpectedError(
                "Subscription \"ImportantEmails\" must select only one top level field.",
                new(4, 5),
                new(9, 3),
                new(10, 3),
                new(14, 3)
            )
        );

    [Fact]
    public void Does_not_infinite_loop_on_recursive_fragments() =>
        ExpectValid(
            Rule,
            """
            subscription NoInfiniteLoop {
              ...A
            }
            fragment A on SubscriptionRoot {
              ...A
            }
            """
        );

    [Fact]
    public void Fails_with_many_more_than_one_root_field_via_fragments_anonymous() =>
        ExpectErrors(
            Rule,
            """
            subscription {
              importantEmails
              ... {
                more: moreImportantEmails
                ...NotImportantEmails
              }
              ...NotImportantEmails
            }
            fragment NotImportantEmails on SubscriptionRoot {
              notImportantEmails
              deleted: deletedEmails
              ... {
                ... {
                  archivedEmails: notImportantEmails
                }
              }
              ...SpamEmails
            }
            fragment SpamEmails on SubscriptionRoot {
              spamEmails
              ...NonExistentFragment
            }
            """,
            new ExpectedError(
                "Anonymous Subscription must select only one top level field.",
                new(4, 5),
                new(10, 3),
                new(11, 3),
                new(14, 7),
                new(20, 3)
            )
        );

    [Fact]
    public void Fails_with_more_than_one_root_field_in_anonymous_subscriptions() =>
        ExpectErrors(
            Rule,
            """
            subscription {
              importantEmails
              notImportantEmails
            }
            """,
            ("Anonymous Subscription must select only one top level field.", 3, 3)
        );

    [Fact]
    public void Fails_with_introspection_field() =>
        ExpectErrors(
            Rule,
            """
            subscription ImportantEmails {
              __typename
            }
            """,
            (
                "Subscription \"ImportantEmails\" must not select an introspection top level field.",
                2,
                3
            )
        );

    [Fact]
    public void Fails_with_introspection_field_in_anonymous_subscription() =>
        ExpectErrors(
            Rule,
            """
            subscription {
              __typename
            }
            """,
            ("Anonymous Subscription must not select an introspection top level field.", 2, 3)
        );

    [Fact]
    public void Skips_if_not_subscription_type() =>
        ExpectValidWithSchema(
            new SchemaBuilder().Object("Query", t => t.Field("dummy", "String")).Build(),
            Rule,
            """
            subscription {
              __typename
            }
            """
        );

    [Fact]
    public void Skipped_fields_do_not_count() =>
        ExpectValid(
            Rule,
            """
            subscription {
              importantEmails
              notImportantEmails @skip(if: true)
              spamEmails @include(if: false)
            }
            """
        );

    [Fact]
    public void Fields_of_the_same_response_key_count_once() =>
        ExpectValid(
            Rule,
            """
            subscription {
              newMessage { body }
              newMessage { sender }
            }
            """
        );

    [Fact]
    public void Fragments_on_other_types_do_not_count() =>
        ExpectValid(
            Rule,
            """
            subscription {
              importantEmails
              ... on QueryRoot { dog { name } }
            }
            """
        );

    [Fact]
    public void Skip_with_a_variable_fails_as_execution_would_without_variable_values() =>
        ExpectErrors(
            Rule,
            """
            subscription ($skip: Boolean!) {
              importantEmails @skip(if: $skip)
            }
            """,
            (
                "Argument \"if\" of required type \"Boolean!\" was provided the variable \"$skip\" which was not provided a runtime value.",
                2,
                29
            )
        );

    [Fact]
    public void Include_without_if_fails_as_execution_would() =>
        ExpectErrors(
            Rule,
            """
            subscription {
              importantEmails @include
            }
            """,
            ("Argument \"if\" of required type \"Boolean!\" was not provided.", 2, 19)
        );

    [Fact]
    public void Skip_with_a_non_boolean_fails_as_execution_would() =>
        ExpectErrors(
            Rule,
            """
            subscription {
              importantEmails @skip(if: "yes")
              other: importantEmails @skip(if: null)
            }
            """,
            ("Argument \"if\" has invalid value \"yes\".", 2, 29)
        );
}
