import { parse, validate, buildSchema, specifiedRules } from 'graphql';
import fs from 'fs';
const src = fs.readFileSync('../Validation/ValidationSchema.cs', 'utf8');
const schema = buildSchema(src.split('"""')[1]);
const [rule, doc] = [process.argv[2], process.argv[3]];
const rules = specifiedRules.filter(r => r.name === rule);
for (const e of validate(schema, parse(doc), rules)) console.log(e.message, JSON.stringify(e.locations));
