// Measures graphql-js's parse, validate and execute on the documents, schema and data the
// BenchmarkDotNet benchmarks use (../Documents), and prints ops/s as a Markdown table.
//   node bench.mjs                 every benchmark, 5 samples of 1 s after a 2 s warm-up
//   node bench.mjs --json          the responses, to compare with `dotnet … --json`
//   node bench.mjs --seconds 2 --samples 7 --filter Plans
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
  buildSchema,
  execute,
  getIntrospectionQuery,
  parse,
  validate,
  version,
} from 'graphql';

const documents = fileURLToPath(new URL('../Documents/', import.meta.url));
const read = (name) => readFileSync(documents + name, 'utf8');

const options = argv();

// The schema, with the scalars and the one resolver the C# side configures.
const schema = buildSchema(read('schema.graphql'));
const formatDate = (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
schema.getType('Date').serialize = formatDate;
schema.getType('DateTime').serialize = (value) => (value instanceof Date ? value.toISOString() : value);
const data = JSON.parse(read('plans.json'), (key, value) =>
  (key === 'startsOn' || key === 'dueOn') && typeof value === 'string' ? new Date(value) : value,
);
schema.getQueryType().getFields().plans.resolve = (_source, { first }) =>
  data.plans.length <= first ? data.plans : data.plans.slice(0, first);

// The introspection document is graphql-js's own text with every option on.
const introspectionQuery = read('introspection.graphql');
const expected = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
if (introspectionQuery !== expected + '\n') {
  throw new Error('Documents/introspection.graphql is not getIntrospectionQuery() with every option on.');
}

const cases = [
  { name: 'Introspection', source: introspectionQuery },
  { name: 'PlansQuery', source: read('plans.graphql') },
];

// The end-to-end path of a server with a document cache: look-up, execute, JSON response.
const cache = new Map();
function endToEnd(source) {
  let document = cache.get(source);
  if (document === undefined) {
    document = parse(source);
    const errors = validate(schema, document);
    if (errors.length > 0) return JSON.stringify({ errors });
    cache.set(source, document);
  }
  return JSON.stringify(execute({ schema, document }));
}

if (options.json) {
  for (const { source } of cases) console.log(endToEnd(source));
  process.exit(0);
}

const rows = [];
for (const { name, source } of cases) {
  if (options.filter && !name.includes(options.filter)) continue;
  const document = parse(source);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`${name} is not valid: ${errors[0].message}`);
  const result = execute({ schema, document });
  if (result.errors || !result.data) throw new Error(`${name} does not execute cleanly: ${JSON.stringify(result)}`);
  rows.push(measure(`${name}.Parse`, () => parse(source)));
  rows.push(measure(`${name}.Validate`, () => validate(schema, document)));
  rows.push(measure(`${name}.Execute`, () => execute({ schema, document })));
  rows.push(measure(`${name}.EndToEnd`, () => endToEnd(source)));
}

console.log(`graphql-js ${version}, Node.js ${process.version}, ${options.samples} samples of ${options.seconds} s after a ${options.warmup} s warm-up (median)\n`);
// Ops per CPU-second of the whole process stays meaningful when other processes share the cores.
console.log('| benchmark | ops/s | mean | ops/cpu-s | samples (ops/s) |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.opsPerSecond.toFixed(0)} | ${formatTime(1 / row.opsPerSecond)} | ${row.opsPerCpuSecond.toFixed(0)} | ${row.samples.map((s) => s.toFixed(0)).join(', ')} |`,
  );
}

function measure(name, operation) {
  let sink = 0;
  const run = (seconds) => {
    const end = performance.now() + seconds * 1000;
    let count = 0;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    let now = start;
    while (now < end) {
      for (let i = 0; i < 16; i++) sink ^= operation() === undefined ? 1 : 0;
      count += 16;
      now = performance.now();
    }
    const cpu = process.cpuUsage(cpuStart);
    cpuRates.push(count / ((cpu.user + cpu.system) / 1e6));
    return count / ((now - start) / 1000);
  };
  const cpuRates = [];
  run(options.warmup);
  cpuRates.length = 0;
  const samples = [];
  for (let i = 0; i < options.samples; i++) samples.push(run(options.seconds));
  if (sink === -1) console.log(sink);
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { name, opsPerSecond: median(samples), opsPerCpuSecond: median(cpuRates), samples };
}

function formatTime(seconds) {
  return seconds >= 1e-3 ? `${(seconds * 1e3).toFixed(2)} ms` : `${(seconds * 1e6).toFixed(2)} µs`;
}

function argv() {
  const args = process.argv.slice(2);
  const value = (flag, fallback) => {
    const index = args.indexOf(flag);
    return index >= 0 ? args[index + 1] : fallback;
  };
  return {
    json: args.includes('--json'),
    filter: value('--filter', undefined),
    seconds: Number(value('--seconds', 1)),
    samples: Number(value('--samples', 5)),
    warmup: Number(value('--warmup', 2)),
  };
}
