// Checks that the alert rules' tests feed the series the services really expose: every input series of the test
// file has the name and the label names (beside Prometheus' job and instance) of a sample in the recorded scrapes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [testFile, recordedDir] = process.argv.slice(2);
const parse = (text) => {
  const found = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?/.exec(text.trim());
  const labels = [...(found[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="/g)].map((m) => m[1]);
  return { name: found[1], keys: labels.filter((l) => l !== 'job' && l !== 'instance').sort().join(',') };
};
const recorded = new Set();
for (const file of readdirSync(recordedDir).filter((f) => f.endsWith('.prom'))) {
  for (const line of readFileSync(join(recordedDir, file), 'utf8').split('\n')) {
    if (line.trim() && !line.startsWith('#')) {
      const sample = parse(line);
      recorded.add(`${sample.name}{${sample.keys}}`);
    }
  }
}
const inputs = [...readFileSync(testFile, 'utf8').matchAll(/series:\s*'([^']+)'/g)].map((m) => m[1]);
const unknown = inputs.filter((series) => {
  const sample = parse(series);
  return !recorded.has(`${sample.name}{${sample.keys}}`);
});
if (inputs.length === 0 || unknown.length > 0) {
  console.error(`${testFile}: input series no service exposes (see ${recordedDir}):\n  ${unknown.join('\n  ') || 'none found at all'}`);
  process.exit(1);
}
console.log(`${inputs.length} input series of ${testFile} match the recorded scrapes`);
