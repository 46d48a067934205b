// Reads a JSON array of strings from stdin; writes a JSON array of graphql-js's printBlockString of each.
import { printBlockString } from 'graphql/language/blockString.js';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const values = JSON.parse(Buffer.concat(chunks).toString('utf8'));
process.stdout.write(JSON.stringify(values.map((value) => printBlockString(value))));
