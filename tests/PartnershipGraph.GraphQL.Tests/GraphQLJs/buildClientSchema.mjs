// Reads a JSON array of { sdl, introspection } from stdin, where introspection is the data of an introspection query
// result; writes a JSON array of { errors, printed, expected }: the messages of validateSchema(buildClientSchema(introspection)),
// printSchema of that client schema, and printSchema(buildSchema(sdl)). { thrown } when buildClientSchema throws.
import { buildClientSchema, buildSchema, printSchema, validateSchema } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const results = cases.map(({ sdl, introspection }) => {
  const expected = printSchema(buildSchema(sdl));
  try {
    const client = buildClientSchema(introspection);
    return { errors: validateSchema(client).map((error) => error.message), printed: printSchema(client), expected };
  } catch (error) {
    return { thrown: error.message, expected };
  }
});
process.stdout.write(JSON.stringify(results));
