// Reads { sdl, documents } from stdin; writes a JSON array with, for each document, the errors of
// validate(schema, parse(document), [ValuesOfCorrectTypeRule]) as { message, locations }.
import { buildSchema, parse, validate, ValuesOfCorrectTypeRule } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { sdl, documents } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const schema = buildSchema(sdl);
const results = documents.map((document) =>
  validate(schema, parse(document), [ValuesOfCorrectTypeRule]).map((error) => ({
    message: error.message,
    locations: error.locations ?? [],
  })),
);
process.stdout.write(JSON.stringify(results));
