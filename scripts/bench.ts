// `npm run bench [section...]`: runs every benchmark section in scripts/bench/ (or the named ones)
// and prints its figures. Each section module exports `name` and `run(): Promise<void>`.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

interface BenchSection {
  readonly name: string;
  run(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
const wanted = new Set(process.argv.slice(2));
const files = readdirSync(join(here, 'bench')).filter((f) => f.endsWith('.ts') && !f.startsWith('_')).sort();
for (const file of files) {
  const section = (await import(pathToFileURL(join(here, 'bench', file)).href)) as BenchSection;
  if (wanted.size > 0 && !wanted.has(section.name)) continue;
  console.log(`\n## ${section.name}`);
  await section.run();
}
