// Reads a JSON array of SDL documents from stdin; writes a JSON array of the same documents parsed and printed by graphql-js
// without their descriptions, to compare the structure of two schemas whose descriptions may differ.
import { parse, print, visit } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const documents = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const withoutDescription = (node) => ('description' in node ? { ...node, description: undefined } : undefined);
process.stdout.write(
  JSON.stringify(documents.map((sdl) => print(visit(parse(sdl), { enter: withoutDescription })))),
);
