// Runs graphql-http's GraphQL-over-HTTP server audits against the URL given as the first argument and
// prints one JSON array of { id, name, status, reason?, responseStatus?, responseBody? } to stdout.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url>');
  process.exit(2);
}

const results = await auditServer({ url });
const report = [];
for (const result of results) {
  const entry = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    entry.reason = result.reason;
    entry.responseStatus = result.response.status;
    try {
      entry.responseBody = await result.response.text();
    } catch {
      entry.responseBody = null;
    }
  }
  report.push(entry);
}
process.stdout.write(JSON.stringify(report));
