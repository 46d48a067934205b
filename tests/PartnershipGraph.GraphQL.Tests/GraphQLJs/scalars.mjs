// Reads a JSON array of { scalar, method, value } from stdin (method: serialize or parseValue);
// writes a JSON array of { result } or { message } from graphql-js's built-in scalars.
import { GraphQLInt, GraphQLFloat, GraphQLString, GraphQLBoolean, GraphQLID } from 'graphql';

const scalars = { Int: GraphQLInt, Float: GraphQLFloat, String: GraphQLString, Boolean: GraphQLBoolean, ID: GraphQLID };
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const results = cases.map(({ scalar, method, value }) => {
  try {
    return { result: scalars[scalar][method](value) };
  } catch (error) {
    return { message: error.message };
  }
});
process.stdout.write(JSON.stringify(results));
