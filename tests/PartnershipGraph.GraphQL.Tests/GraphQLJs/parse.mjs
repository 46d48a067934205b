// Reads a JSON array of { kind, codes } from stdin (codes: the source's UTF-16 code units, so that
// lone surrogates survive the trip); lone surrogates in the output become U+FFFD); writes a JSON array of results:
// { printed } when graphql-js parses the source, { message, locations } when it throws.
import { parse, parseValue, parseConstValue, parseType, print } from 'graphql';

const parsers = { document: parse, value: parseValue, constValue: parseConstValue, type: parseType };
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const results = cases.map(({ kind, codes, options }) => {
  let source = '';
  for (let i = 0; i < codes.length; i += 4096) source += String.fromCharCode(...codes.slice(i, i + 4096));
  try {
    return { printed: print(parsers[kind](source, options ?? undefined)).toWellFormed() };
  } catch (error) {
    return { message: error.message.toWellFormed(), locations: error.locations ?? [] };
  }
});
process.stdout.write(JSON.stringify(results));
