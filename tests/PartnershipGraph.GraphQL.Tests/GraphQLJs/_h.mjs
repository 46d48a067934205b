import { parse, validate, buildSchema, specifiedRules } from 'graphql';
import fs from 'fs';
const src = fs.readFileSync('../Validation/ValidationSchema.cs', 'utf8');
const schema = buildSchema(src.split('"""')[1]);
const docs = {
  same: '{ dog { ' + 'name '.repeat(5000) + '} }',
  aliases: '{ dog { ' + Array.from({length: 5000}, (_, i) => `a${i}: name`).join(' ') + ' } }',
  alias2: '{ dog { ' + Array.from({length: 3000}, (_, i) => `x: name`).join(' ') + ' x: nickname } }',
  frags: '{ dog { ' + Array.from({length: 1000}, (_, i) => `...F${i}`).join(' ') + ' } } ' + Array.from({length: 1000}, (_, i) => `fragment F${i} on Dog { name }`).join(' '),
  chain: '{ dog { ...F0 x: name } } ' + Array.from({length: 2000}, (_, i) => `fragment F${i} on Dog { x: name ...F${i+1} }`).join(' ') + ' fragment F2000 on Dog { x: nickname }',
};
for (const [k, d] of Object.entries(docs)) {
  const t = Date.now();
  let r; try { r = validate(schema, parse(d, {maxTokens: 1e7})).map(e => e.message); } catch (e) { r = 'THROW ' + e.message; }
  console.log(k, Date.now() - t, 'ms', JSON.stringify(r).slice(0, 300), r.length);
}
