// Reads a JSON array of { sdl, query, rootValue, variables, operationName } from stdin, executes each with graphql-js
// (no validation) and writes a JSON array of the results as JSON.stringify writes them.
// Resolver conventions shared with ExecutionOracle.cs: a value { "$throw": m } throws Error(m), { "$async": v } resolves
// to v on a later tick, { "$args": true } returns the coerced arguments as a JSON string.
import { buildSchema, execute, parse } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));

function settle(value, args, inList) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if ('$throw' in value) {
      const error = new Error(value.$throw);
      if (inList) return error;
      throw error;
    }
    if ('$async' in value) {
      return new Promise((resolve, reject) =>
        setTimeout(() => {
          try {
            resolve(settleAll(value.$async, args));
          } catch (error) {
            reject(error);
          }
        }, 1),
      );
    }
    if ('$args' in value) return JSON.stringify(args);
  }
  return value;
}
function settleAll(value, args) {
  return Array.isArray(value) ? value.map((item) => settle(item, args, true)) : settle(value, args, false);
}
const fieldResolver = (source, args, _context, info) =>
  source == null ? undefined : settleAll(source[info.fieldName], args);
const typeResolver = (value) => value.__typename;

const schemas = new Map();
const results = [];
for (const { sdl, query, rootValue, variables, operationName } of cases) {
  let schema = schemas.get(sdl);
  if (!schema) { schema = buildSchema(sdl); schemas.set(sdl, schema); }
  try {
    results.push(await execute({ schema, document: parse(query), rootValue, variableValues: variables ?? undefined, operationName: operationName ?? undefined, fieldResolver, typeResolver }));
  } catch (error) {
    results.push({ thrown: error.message });
  }
}
process.stdout.write(JSON.stringify(results));
