// Reads { sdl, cases: [{ type, value }] } from stdin (type: a type reference such as "[Filter!]");
// writes a JSON array with, for each case, every error coerceInputValue reports as { path, message }.
import { buildSchema, coerceInputValue, parseType, typeFromAST } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { sdl, cases } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const schema = buildSchema(sdl);
const results = cases.map(({ type, value }) => {
  const errors = [];
  coerceInputValue(value, typeFromAST(schema, parseType(type)), (path, invalidValue, error) => {
    errors.push({ path: path.join('.'), message: error.message });
  });
  return errors;
});
process.stdout.write(JSON.stringify(results));
