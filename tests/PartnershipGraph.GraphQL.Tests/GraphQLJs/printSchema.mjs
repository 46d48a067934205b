// Reads a JSON array of SDL documents from stdin; writes a JSON array of results:
// { printed } with printSchema(buildSchema(sdl)), or { message } when graphql-js throws.
import { buildSchema, printSchema } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const documents = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const results = documents.map((sdl) => {
  try {
    return { printed: printSchema(buildSchema(sdl)) };
  } catch (error) {
    return { message: error.message };
  }
});
process.stdout.write(JSON.stringify(results));
