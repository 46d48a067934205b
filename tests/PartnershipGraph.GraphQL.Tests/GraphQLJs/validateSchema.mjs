// Reads a JSON array of SDL documents from stdin; writes a JSON array holding, for each, the errors of
// validateSchema(buildSchema(sdl, { assumeValidSDL: true })) as { message, locations }.
import { buildSchema, validateSchema } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const documents = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const results = documents.map((sdl) =>
  validateSchema(buildSchema(sdl, { assumeValidSDL: true })).map((error) => ({
    message: error.message,
    locations: error.locations ?? [],
  })),
);
process.stdout.write(JSON.stringify(results));
