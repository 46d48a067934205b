// Reads a JSON array of SDL documents from stdin; writes a JSON array of
// printIntrospectionSchema(buildSchema(sdl)) strings.
import { buildSchema, printIntrospectionSchema } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const documents = JSON.parse(Buffer.concat(chunks).toString('utf8'));
process.stdout.write(JSON.stringify(documents.map((sdl) => printIntrospectionSchema(buildSchema(sdl)))));
