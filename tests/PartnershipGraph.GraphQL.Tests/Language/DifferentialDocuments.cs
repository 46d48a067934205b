namespace PartnershipGraph.GraphQL.Tests.Language;

/// <summary>Our own documents for the differential tests, named for what they exercise.</summary>
public static class DifferentialDocuments
{
    public static Dictionary<string, string> Valid { get; } =
        new()
        {
            ["executable kitchen sink"] = """"
                # A partnership dashboard, exercising every executable construct.
                query boardDashboard($area: ID! = "north-somerset", $first: Int = 10, $tags: [String!] @since(v: 2), $filter: ActionFilterInput = {rag: [NOT_ON_TRACK, PARTIALLY_MET], due: {lt: "2024-01-01"}}) @live {
                  localArea(id: $area) {
                    id, name
                    plans: improvementPlans(first: $first, after: null, order: [{dueDate: DESC}]) @include(if: true) {
                      nodes {
                        ... on ImprovementPlan @defer(label: "plan") { title kind }
                        ...PlanAreas @skip(if: false)
                        ... @include(if: $withLeads) { leads { name } }
                        ... { id }
                      }
                      totalCount
                    }
                    score: kpiScore(tolerance: 0.05, exponent: 1e10, negative: -12.5E-3, zero: 0, neg: -0)
                    escaped(text: "tab\there \"quoted\" \\ slash \/ \u00e9 \u{1F600} \uD83D\uDE00 \b\f\n\r")
                    block(text: """
                      First line
                        indented
                      Last "line" with \""" inside
                    """)
                  }
                }

                mutation recordProgress($input: RecordProgressInput!) {
                  recordProgress(input: $input) { action { rag } errors { __typename ... on StaleVersionError { expected } } }
                }

                subscription onRagChanged($plan: ID) { ragChanged(plan: $plan) { ref rag } }

                fragment PlanAreas on ImprovementPlan @experimental {
                  areas { number title status }
                }

                { unnamed(truthy: true, falsy: false, nully: null, enumy: ENUM_VALUE, list: [1, [2, 3], {a: {b: []}}], empty: {}) }
                """",
            ["sdl kitchen sink"] = """"
                "The schema of the partnership API."
                schema @link(url: "https://specs.example/v1") {
                  query: Query
                  mutation: Mutation
                  subscription: Subscription
                }

                "A date, as written in the plan."
                scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

                """
                A thing with an id.
                """
                interface Node { id: ID! }

                interface Named implements Node & Entity @key(fields: "id") {
                  id: ID!
                  "The display name."
                  name(
                    "Upper-case it?"
                    upper: Boolean = false @deprecated(reason: "no")
                    locale: String
                  ): String @cost(weight: 2)
                }

                type Action implements & Node & Named @key(fields: "ref") {
                  id: ID!
                  name: String
                  ref: String!
                  rag: Rag!
                  history(first: Int = 10, after: String, where: ActionFilterInput = {rag: {eq: MET}}): [ProgressUpdate!]!
                  matrix: [[Float!]]!
                }

                type Empty

                union SearchResult @union = | Action | School | Board

                union Unlisted

                enum Rag @meta {
                  "Complete."
                  MET
                  ON_TRACK @deprecated
                  PARTIALLY_MET
                  NOT_ON_TRACK
                  NOT_RATED
                }

                input ActionFilterInput @oneOf {
                  and: [ActionFilterInput!]
                  rag: RagOperationInput = {in: [MET, ON_TRACK]}
                  "Due before."
                  due: Date! = "2024-01-01" @deprecated(reason: """Use "dueBefore".""")
                }

                directive @cost(weight: Int!) repeatable on FIELD_DEFINITION | ARGUMENT_DEFINITION

                directive @include2(if: Boolean!) on
                  | FIELD
                  | FRAGMENT_SPREAD
                  | INLINE_FRAGMENT

                "Every location."
                directive @everywhere on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | DIRECTIVE_DEFINITION

                extend schema @tag(name: "x")
                extend schema { query: Query2 }
                extend scalar Date @tag(name: "date")
                extend type Action implements Auditable @tag(name: "a") { audit: [AuditEntry!]! }
                extend type Action @tag
                extend interface Node implements Entity { version: Int }
                extend interface Node @tag
                extend union SearchResult @tag = Person
                extend union SearchResult = | Kpi
                extend enum Rag @tag { UNKNOWN }
                extend enum Rag { LATER }
                extend input ActionFilterInput @tag { or: [ActionFilterInput!] }
                extend input ActionFilterInput @tag
                """",
            ["descriptions on executable definitions"] = """"
                "Fetches the board."
                query Board("The board id." $id: ID!, """Block described""" $x: Int) { board(id: $id) { name } }

                """
                A fragment.
                """
                fragment F on Board { name }
                """",
            ["shorthand query"] = "{ a }",
            ["anonymous query keyword"] = "query { a }",
            ["anonymous query with directive"] = "query @dir { a }",
            ["anonymous query with variables"] = "query ($a: Int) { a }",
            ["anonymous mutation"] = "mutation { a }",
            ["named query"] = "query Q { a }",
            ["aliases"] = "{ first: a, second: a(x: 1) { b } }",
            ["nested selections"] = "{ a { b { c { d { e } } } } }",
            ["long argument list is wrapped"] = """
                { field(argumentNumberOne: "a long value here", argumentNumberTwo: "another long value", three: 3) { id } }
                """,
            ["argument list of exactly the wrapping width"] = """
                { abcdefghij(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: 1234) }
                """,
            ["argument list one over the wrapping width"] = """
                { abcdefghij(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: 1234) }
                """,
            ["wrapped arguments with nested object"] = """
                { a { b { search(where: {and: [{name: {contains: "nurture"}}, {phase: {in: [PRIMARY, SECONDARY]}}]}, first: 50) { nodes { id } } } } }
                """,
            ["aliased field with long arguments"] = """
                { someAliasThatIsLong: someFieldThatIsLong(argumentOne: "value one", argumentTwo: "value two") }
                """,
            ["block string argument in wrapped arguments"] =
                "{ f(a: \"\"\"\n  multi\n  line\n\"\"\", bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: 1) }",
            ["multiline variable definitions"] =
                "query Q(\n\"\"\"\ndescribed\n\"\"\"\n$a: Int, $b: String) { a }",
            ["field arguments with descriptions are indented"] =
                "type T { f(\"d\" a: Int, b: Int): Int }",
            ["directive arguments with block descriptions"] =
                "directive @d(\n\"\"\"\nmulti\nline\n\"\"\"\na: Int) on FIELD",
            ["variables with directives and defaults"] =
                "query ($a: Int = 1 @d, $b: [Int!]! = [1, 2] @d @e(x: 1)) { a }",
            ["fragment spreads and inline fragments"] =
                "{ ...F ...F @d ... on T { a } ... @d { b } ... on T @d { c } ... { d } }",
            ["fragment with directives"] = "fragment F on T @a @b(c: 1) { a }",
            ["values of every kind"] = """
                { f(i: 123, n: -7, fl: 1.5, e: 1e3, E: 2E-4, s: "str", b: true, nul: null, en: RED, l: [], o: {}, v: $v, nest: [[[]]]) }
                """,
            ["string escapes are normalised"] =
                """{ f(s: "\u0041\u{42}\u{0043}\u{1F600}\/\"\\") }""",
            ["control characters are escaped"] =
                "{ f(s: \"\\u0000\\u0007\\u001F\\u007F\\u0080\\u009F\\u00A0\") }",
            ["unicode in strings"] = "{ f(s: \"héllo wörld ✓ 😀\") }",
            ["unicode in comments"] = "# ✓ 😀 comment\n{ a }",
            ["block string with common indent"] =
                "{ f(s: \"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\") }",
            ["block string with leading whitespace on first line"] =
                "{ f(s: \"\"\"   first\n  second\"\"\") }",
            ["block string single line"] = "{ f(s: \"\"\"single\"\"\") }",
            ["block string empty"] = "{ f(s: \"\"\"\"\"\") }",
            ["block string only blank lines"] = "{ f(s: \"\"\"\n  \n\t\n\"\"\") }",
            ["block string with inner quotes"] = "{ f(s: \"\"\"say \"hi\" \"\"\") }",
            ["control character in string"] = "{ a(s: \"\u0007\") }",
            ["block string that would end with a quote"] = "{ f(s: \"\"\"\n  \"quoted\"\n\"\"\") }",
            ["block string with escaped triple quote"] = "{ f(s: \"\"\"a \\\"\"\" b\"\"\") }",
            ["block string ending with triple quote"] = "{ f(s: \"\"\"a \\\"\"\"\"\"\") }",
            ["block string with trailing backslash"] = "{ f(s: \"\"\"back\\\\\n\"\"\") }",
            ["block string with backslash before triple quote"] =
                "{ f(s: \"\"\"back\\\\\"\"\"\"\"\") }",
            ["block string long single line"] = "{ f(s: \"\"\"" + new string('x', 75) + "\"\"\") }",
            ["block string with crlf"] = "{ f(s: \"\"\"\r\n  a\r\n  b\r\n\"\"\") }",
            ["block string with cr"] = "{ f(s: \"\"\"\r  a\r  b\r\"\"\") }",
            ["block string with tab indent"] = "{ f(s: \"\"\"\n\tx\n\t\ty\n\"\"\") }",
            ["block string in nested indentation"] =
                "{ a { b(s: \"\"\"\n  line one\n\n  line three\n\"\"\") } }",
            ["block string with leading blank line and indent"] =
                "{ f(s: \"\"\"\n\n    indented\n  less\"\"\") }",
            ["description block string on type"] =
                "\"\"\"\nType description.\nSecond line.\n\"\"\"\ntype T { a: Int }",
            ["description that starts with space"] = "\"\"\"  spaced\"\"\"\nscalar S",
            ["string description"] = "\"A \\\"quoted\\\" description\" scalar S",
            ["comments and commas are ignored"] = "# comment\n{,,a,,b # trailing\n,c}",
            ["byte order mark"] = "\uFEFF{ a }",
            ["crlf line endings"] = "query Q {\r\n  a\r\n  b\r\n}",
            ["carriage return line endings"] = "query Q {\r  a\r  b\r}",
            ["tabs as whitespace"] = "{\ta\tb }",
            ["keywords as names"] =
                "{ query mutation subscription fragment on type schema extend null: true true: false on(on: on) }",
            ["fragment named like a keyword"] = "fragment query on T { a } { ...query }",
            ["inline fragment on a type called on"] = "{ ... on on { a } }",
            ["names with underscores and digits"] = "{ _a __b c_1 D2_ }",
            ["empty list and object values"] = "{ f(a: [], b: {}, c: [{}], d: {e: []}) }",
            ["numbers of every form"] =
                "{ f(a: 0, b: -0, c: 0.0, d: -0.0, e: 1e0, f: 1E+2, g: 1e-2, h: 123456789012345678901234567890, i: 0.5e10) }",
            ["interfaces implementing interfaces"] = "interface A implements B & C { a: Int }",
            ["object without fields"] = "type T @d",
            ["interface without fields"] = "interface I",
            ["enum without values"] = "enum E",
            ["input without fields"] = "input I",
            ["union with leading pipe"] = "union U = | A | B",
            ["directive definition with leading pipe"] = "directive @d on | FIELD | QUERY",
            ["repeatable directive"] = "directive @d(a: Int = 1) repeatable on FIELD",
            ["enum values with descriptions and directives"] =
                "enum E { \"a\" A @d \"\"\"b\"\"\" B C @x(y: 1) }",
            ["schema with description and directives"] = "\"\"\"s\"\"\" schema @a @b { query: Q }",
            ["extend schema with only operation types"] = "extend schema { mutation: M }",
            ["input value with default object"] =
                "input I { a: [Int!] = [1, 2, 3] b: O = {x: 1, y: [true]} }",
            ["non-null list of lists"] = "query ($a: [[Int!]!]!) { a }",
            ["subscription with variables"] = "subscription S($a: Int) @d { s(a: $a) }",
            ["many definitions"] =
                "{ a } query Q { b } mutation M { c } fragment F on T { d } type T { e: Int }",
            ["selection with everything"] = "{ alias: field(a: 1) @d(b: 2) @e { sub } }",
            ["mixed sdl and operations"] = "type Q { a: Int } { a }",
            ["directive on variable definition"] = "query ($v: Int @a(b: [1])) { a }",
            ["deep values"] = "{ f(a: [[[[[[1]]]]]], b: {c: {d: {e: {f: 1}}}}) }",
            ["long field definition arguments stay on one line"] =
                "type T { f(aaaaaaaaaaaaaaaaaaaa: Int, bbbbbbbbbbbbbbbbbbbbbbbbbb: Int, cccccccccccccccccccccccc: Int, dddd: Int): Int }",
            ["long directive arguments stay on one line"] =
                "{ a @d(aaaaaaaaaaaaaaaaaaaa: 1, bbbbbbbbbbbbbbbbbbbbbbbbbb: 2, cccccccccccccccccccccccc: 3, dddd: 4) }",
            ["wrapped arguments under an alias deep inside"] =
                "{ a { b { c { d: e(aaaaaaaaaaaaaaaaaaaa: 1, bbbbbbbbbbbbbbbbbbbbbbbbbb: 2, cccccccccccccccccccccccc: 3) { f } } } } }",
            ["block string argument without wrapping"] = "{ f(a: \"\"\"x\ny\"\"\") }",
            ["block string description on argument"] =
                "type T { f(\"\"\"\n  arg\n\"\"\" a: Int): Int }",
        };

    public static Dictionary<string, string> Invalid { get; } =
        new()
        {
            ["empty document"] = "",
            ["only whitespace"] = "   \n\t ",
            ["only a comment"] = "# nothing",
            ["unclosed selection set"] = "{ a",
            ["empty selection set"] = "{ }",
            ["missing field name"] = "{ ... }",
            ["unexpected closing brace"] = "}",
            ["unexpected name at top"] = "notAKeyword { a }",
            ["unexpected int at top"] = "123",
            ["spread missing name"] = "{ ...on }",
            ["fragment named on"] = "fragment on on T { a }",
            ["fragment without type condition"] = "fragment F { a }",
            ["fragment string named on"] = "fragment \"on\" on T { a }",
            ["variable without type"] = "query ($a) { a }",
            ["variable without dollar"] = "query (a: Int) { a }",
            ["empty variable list"] = "query () { a }",
            ["empty argument list"] = "{ a() }",
            ["argument without value"] = "{ a(b:) }",
            ["argument without colon"] = "{ a(b 1) }",
            ["variable in constant default"] = "query ($a: Int = $b) { a }",
            ["dollar without name in constant"] = "query ($a: Int = $) { a }",
            ["variable in sdl default"] = "type T { f(a: Int = $v): Int }",
            ["variable in directive on sdl"] = "type T @d(a: $v)",
            ["unterminated string"] = "{ a(s: \"abc) }",
            ["string with line break"] = "{ a(s: \"ab\ncd\") }",
            ["unterminated block string"] = "{ a(s: \"\"\"abc) }",
            ["bad escape"] = "{ a(s: \"\\x\") }",
            ["bad unicode escape"] = "{ a(s: \"\\u12G4\") }",
            ["short unicode escape"] = "{ a(s: \"\\u12\") }",
            ["unicode escape at end"] = "{ a(s: \"\\u",
            ["lone leading surrogate escape"] = "{ a(s: \"\\uD83D\") }",
            ["lone trailing surrogate escape"] = "{ a(s: \"\\uDE00\") }",
            ["surrogate pair reversed"] = "{ a(s: \"\\uDE00\\uD83D\") }",
            ["braced escape empty"] = "{ a(s: \"\\u{}\") }",
            ["braced escape too big"] = "{ a(s: \"\\u{110000}\") }",
            ["braced escape surrogate"] = "{ a(s: \"\\u{D800}\") }",
            ["braced escape too long"] = "{ a(s: \"\\u{000000041}\") }",
            ["braced escape unclosed"] = "{ a(s: \"\\u{41\") }",
            ["braced escape bad digit"] = "{ a(s: \"\\u{4X}\") }",
            ["escape at end of input"] = "{ a(s: \"\\",
            ["lone surrogate in string"] = "{ a(s: \"\uD800\") }",
            ["lone surrogate in block string"] = "{ a(s: \"\"\"\uDC00\"\"\") }",
            ["lone surrogate in source"] = "{ a \uD800 }",
            ["control character in source"] = "{ a \u0007 }",
            ["single quote"] = "{ a(s: 'x') }",
            ["unexpected character"] = "{ a ? }",
            ["unicode character outside strings"] = "{ a ✓ }",
            ["emoji outside strings"] = "{ a 😀 }",
            ["single dot"] = "{ a. }",
            ["two dots"] = "{ ..a }",
            ["number with leading zero"] = "{ a(n: 01) }",
            ["negative number with leading zero"] = "{ a(n: -01) }",
            ["number followed by name"] = "{ a(n: 1a) }",
            ["number followed by dot"] = "{ a(n: 1.2.3) }",
            ["number without fraction digits"] = "{ a(n: 1.) }",
            ["number without exponent digits"] = "{ a(n: 1e) }",
            ["number with sign but no exponent digits"] = "{ a(n: 1e+) }",
            ["minus alone"] = "{ a(n: -) }",
            ["fraction without integer part"] = "{ a(n: .5) }",
            ["number at end of input"] = "{ a(n: 1.",
            ["float followed by underscore"] = "{ a(n: 1.5_) }",
            ["zero followed by digit at end"] = "{ a(n: 00",
            ["extend without keyword"] = "extend { a }",
            ["extend unknown"] = "extend thing T",
            ["extend scalar without directives"] = "extend scalar S",
            ["extend type without anything"] = "extend type T",
            ["extend interface without anything"] = "extend interface I",
            ["extend union without anything"] = "extend union U",
            ["extend enum without anything"] = "extend enum E",
            ["extend input without anything"] = "extend input I",
            ["extend schema without anything"] = "extend schema",
            ["extend directive"] = "extend directive @d on FIELD",
            ["description on extension"] = "\"d\" extend type T @a",
            ["description on shorthand query"] = "\"d\" { a }",
            ["description before nothing"] = "\"d\"",
            ["description before unknown"] = "\"d\" foo",
            ["description before a number"] = "\"d\" 12",
            ["schema without operation types"] = "schema {}",
            ["schema without braces"] = "schema @d",
            ["schema with bad operation"] = "schema { read: Q }",
            ["type with empty fields"] = "type T {}",
            ["field definition without type"] = "type T { a }",
            ["field definition with empty arguments"] = "type T { a(): Int }",
            ["union without members"] = "union U =",
            ["union with double pipe"] = "union U = A || B",
            ["enum value true"] = "enum E { true }",
            ["enum value null"] = "enum E { A null }",
            ["enum value string true"] = "enum E { \"true\" }",
            ["enum with empty body"] = "enum E {}",
            ["input with empty body"] = "input I {}",
            ["input field without type"] = "input I { a }",
            ["directive without at"] = "directive d on FIELD",
            ["directive without on"] = "directive @d FIELD",
            ["directive with unknown location"] = "directive @d on FIELD | NOWHERE",
            ["directive with lowercase location"] = "directive @d on field",
            ["directive repeatable after on"] = "directive @d on repeatable FIELD",
            ["interfaces without names"] = "type T implements { a: Int }",
            ["interfaces with double amp"] = "type T implements A && B { a: Int }",
            ["list type unclosed"] = "query ($a: [Int) { a }",
            ["double bang"] = "query ($a: Int!!) { a }",
            ["list value unclosed"] = "{ a(b: [1, 2) }",
            ["object value without colon"] = "{ a(b: {c 1}) }",
            ["object value unclosed"] = "{ a(b: {c: 1) }",
            ["operation type unknown after description"] = "\"d\" read { a }",
            ["query with two names"] = "query A B { a }",
            ["mutation shorthand"] = "mutation",
            ["directive without name"] = "{ a @ }",
            ["block string in error message"] = "{ a } \"\"\"\n  multi\n  line\n\"\"\"",
            ["string value in error message"] = "{ a } \"text\"",
            ["float in error message"] = "{ a } 1.5",
            ["error on a later line"] = "query Q {\n  a\n  b(\n}",
            ["error after crlf"] = "{\r\n  a(\r\n}",
            ["error after cr"] = "{\r  a(\r}",
            ["error after block string lines"] = "{ a(s: \"\"\"\n\n\n\"\"\") ? }",
            ["error after bom"] = "\uFEFF{ ? }",
            ["variable after spread"] = "{ ...$a }",
            ["parenthesis at top"] = "(",
            ["at at top"] = "@",
            ["pipe in selection"] = "{ | }",
            ["equals in selection"] = "{ a = 1 }",
            ["colon after alias missing name"] = "{ a: }",
            ["colon after alias with number"] = "{ a: 1 }",
        };
}
