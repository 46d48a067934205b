// Reads a JSON array of { codes, block } (a string value's UTF-16 code units); writes, per value,
// graphql-js's print of a StringValue node with that value, lone surrogates made U+FFFD.
import { print, Kind } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const results = cases.map(({ codes, block }) => {
  const value = String.fromCharCode(...codes);
  return print({ kind: Kind.STRING, value, block }).toWellFormed();
});
process.stdout.write(JSON.stringify(results));
