// Reads a JSON array of { sdl, query, variables, rootValue } from stdin; writes a JSON array of the results of
// graphqlSync({ schema: buildSchema(sdl), source: query, variableValues, rootValue }) (parsed, validated, executed)
// with graphql-js's default field and type resolvers, as JSON.stringify writes them.
import { buildSchema, graphqlSync } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const schemas = new Map();
const results = cases.map(({ sdl, query, variables, rootValue }) => {
  let schema = schemas.get(sdl);
  if (!schema) {
    schema = buildSchema(sdl);
    schemas.set(sdl, schema);
  }
  return graphqlSync({ schema, source: query, variableValues: variables ?? undefined, rootValue: rootValue ?? undefined });
});
process.stdout.write(JSON.stringify(results));
