// Reads a JSON array of { codes } (a source's UTF-16 code units); writes, per source, the nodes
// graphql-js's visit enters, in order, as "Kind start-end line:column", or the syntax error message.
import { parse, visit } from 'graphql';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const results = cases.map(({ codes }) => {
  let source = '';
  for (let i = 0; i < codes.length; i += 4096) source += String.fromCharCode(...codes.slice(i, i + 4096));
  try {
    const lines = [];
    visit(parse(source), {
      enter(node) {
        const { start, end, startToken } = node.loc;
        const position = node.kind === 'Document' ? '' : ` ${startToken.line}:${startToken.column}`;
        lines.push(`${node.kind} ${start}-${end}${position}`);
      },
    });
    return lines;
  } catch (error) {
    return [error.message.toWellFormed()];
  }
});
process.stdout.write(JSON.stringify(results));
