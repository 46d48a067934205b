// Reads { sdl, documents } from stdin; writes a JSON array with, per document, one line for every node the walk
// enters or leaves, with what graphql-js's TypeInfo knows there (visitWithTypeInfo).
import { buildSchema, parse, visit, visitWithTypeInfo, TypeInfo } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { sdl, documents } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const schema = buildSchema(sdl);
const results = documents.map((source) => {
  const typeInfo = new TypeInfo(schema);
  const lines = [];
  const log = (event) => (node) => {
    const defaultValue = typeInfo.getDefaultValue();
    lines.push(
      [
        `${event} ${node.kind}`,
        `parent=${typeInfo.getParentType()}`,
        `type=${typeInfo.getType()}`,
        `input=${typeInfo.getInputType()}`,
        `parentInput=${typeInfo.getParentInputType()}`,
        `field=${typeInfo.getFieldDef()?.name}`,
        `default=${defaultValue === undefined ? 'undefined' : JSON.stringify(defaultValue)}`,
        `argument=${typeInfo.getArgument()?.name}`,
        `directive=${typeInfo.getDirective()?.name}`,
        `enumValue=${typeInfo.getEnumValue()?.name}`,
      ].join(' '),
    );
  };
  visit(parse(source), visitWithTypeInfo(typeInfo, { enter: log('enter'), leave: log('leave') }));
  return lines;
});
process.stdout.write(JSON.stringify(results));
