// Size budget of the first load, checked after every `vite build` (npm run build): the JavaScript and
// CSS that dist/index.html makes a phone download before it can show anything (the entry chunk, the
// chunks it imports statically, however deep, and the stylesheets), compressed with brotli as served.
// Lazy chunks (`import()`) are not counted: they load with the screen that needs them.
//
//   node scripts/size-budget.mjs [--budget <kB>] [--target <kB>] [--dist <folder>]
//                                [--before-first-render <names>,<names>…]
//
// --before-first-render names lazy chunks the app awaits before its first render: each group of
// alternatives ("fr|en", the strings of one language) counts with its largest chunk.
//
// The budget is 150 kB (initial JS+CSS ≤ 150 kB compressed); --budget can set a lower ratchet. The build
// fails above it, and says which files the first load is made of.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
function option(name, fallback) {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, option('--dist', 'dist'));
// kB as Lighthouse and browsers' dev tools count them for budgets: 1000 bytes.
const targetBytes = Number(option('--target', '150')) * 1000;
const budgetBytes = Number(option('--budget', String(targetBytes / 1000))) * 1000;

const indexHtml = join(dist, 'index.html');
if (!existsSync(indexHtml)) {
  console.error(`size budget: ${indexHtml} is missing; run vite build first`);
  process.exit(1);
}
const html = readFileSync(indexHtml, 'utf8');

/** Site paths ("/assets/x.js") of the tags matching `pattern` in index.html. */
function referenced(pattern) {
  return [...html.matchAll(pattern)].map((match) => match[1]).filter((url) => url.startsWith('/'));
}

const entries = referenced(/<script[^>]*type="module"[^>]*src="([^"]+)"/g);
const preloads = referenced(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g);
const styles = referenced(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
if (entries.length === 0) {
  console.error('size budget: no module script in dist/index.html');
  process.exit(1);
}

// Static imports and re-exports of a minified ES module: `import{a}from"./x.js"`, `import"./y.js"`,
// `export*from"./z.js"`. `import("./lazy.js")` has a parenthesis and is left out, as it should be.
const STATIC_IMPORT =
  /(?:^|[\s;}])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+\.js)["']/g;

const files = new Map();
function visit(sitePath) {
  if (files.has(sitePath)) return;
  const source = readFileSync(join(dist, sitePath));
  files.set(sitePath, source);
  if (!sitePath.endsWith('.js')) return;
  for (const [, specifier] of source.toString('utf8').matchAll(STATIC_IMPORT)) {
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      visit(specifier.startsWith('/') ? specifier : posix.join(posix.dirname(sitePath), specifier));
    }
  }
}
[...entries, ...preloads, ...styles].forEach(visit);

// Loaded with import() but awaited before the first render (src/main.tsx): the strings of the
// person's language. Counted too, the larger of the two, as the first screen cannot show without it.
const firstRenderChunks = (option('--before-first-render', '') || '')
  .split(',')
  .filter(Boolean)
  .map((name) => new RegExp(`^(?:${name})-[\\w-]+\\.js$`));
for (const pattern of firstRenderChunks) {
  const candidates = readdirSync(join(dist, 'assets'))
    .filter((name) => pattern.test(name))
    .map((name) => `/assets/${name}`);
  if (candidates.length === 0) {
    console.error(`size budget: no chunk matches ${pattern} in dist/assets`);
    process.exit(1);
  }
  const largest = candidates.reduce((a, b) =>
    brotli(readFileSync(join(dist, a))) >= brotli(readFileSync(join(dist, b))) ? a : b,
  );
  visit(largest);
}

function brotli(buffer) {
  return brotliCompressSync(buffer, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = [...files].map(([path, source]) => ({
  path,
  raw: source.length,
  brotli: brotli(source),
}));
rows.sort((a, b) => b.brotli - a.brotli);
const total = rows.reduce((sum, row) => sum + row.brotli, 0);
const raw = rows.reduce((sum, row) => sum + row.raw, 0);

console.log('Initial JS + CSS (what index.html loads before the first screen):');
for (const row of rows) {
  console.log(
    `  ${kB(row.brotli).padStart(9)} brotli  ${kB(row.raw).padStart(9)} raw  ${row.path}`,
  );
}
console.log(
  `  ${kB(total).padStart(9)} brotli  ${kB(raw).padStart(9)} raw  total of ${rows.length} files, budget ${kB(budgetBytes)}`,
);
if (total > targetBytes) {
  console.log(
    `  target ${kB(targetBytes)} not reached yet: ${kB(total - targetBytes)} over (the budget only lets it shrink)`,
  );
}
if (total > budgetBytes) {
  console.error(
    `size budget exceeded: ${kB(total)} brotli > ${kB(budgetBytes)}. Load the screen or library that grew with import() (React.lazy), or drop it.`,
  );
  process.exit(1);
}
