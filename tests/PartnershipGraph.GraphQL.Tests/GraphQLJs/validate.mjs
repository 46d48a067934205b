// Reads { sdl, rules, documents } from stdin: the schema as SDL, the names of the validation rules to run
// (graphql-js's specifiedRules filtered by name, in their order) and the documents. Writes a JSON array with,
// per document, { errors: [{ message, locations }] } from validate(); a GraphQLError that validate() throws
// is reported as the only error, with thrown: true.
import { buildSchema, parse, validate, specifiedRules } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { sdl, rules, documents } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const schema = buildSchema(sdl);
const selected = specifiedRules.filter((rule) => rules.includes(rule.name));
const describe = (error) => ({ message: error.message, locations: error.locations ?? [] });
const results = documents.map((source) => {
  const document = parse(source);
  try {
    return { errors: validate(schema, document, selected).map(describe) };
  } catch (error) {
    if (error?.constructor?.name !== 'GraphQLError') throw error;
    return { errors: [describe(error)], thrown: true };
  }
});
process.stdout.write(JSON.stringify(results));
