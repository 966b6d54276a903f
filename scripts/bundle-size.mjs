#!/usr/bin/env node
// The JavaScript a browser downloads to show the portal's sign-in page: the module scripts and
// modulepreload links in dist/web/index.html (every other page loads its own chunk later),
// each gzipped (level 9, as a server or CDN would). Goal: ≤ 300 kB gzip (issue 5).
// Usage: npm run build:web && npm run bundle:size [-- --json]
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.env.PORTAL_DIST ?? 'dist/web';
const budgetKb = 300;
let html;
try {
  html = readFileSync(join(root, 'index.html'), 'utf8');
} catch {
  console.error(`${root}/index.html not found: run npm run build:web first`);
  process.exit(2);
}

const attr = (tag, name) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
const files = [];
for (const tag of tags) {
  const isModule = tag.startsWith('<script') && attr(tag, 'type') === 'module' && attr(tag, 'src');
  const isPreload = tag.startsWith('<link') && attr(tag, 'rel') === 'modulepreload';
  const href = isModule ? attr(tag, 'src') : isPreload ? attr(tag, 'href') : undefined;
  if (href && !files.includes(href)) files.push(href);
}
const css = tags.filter((t) => attr(t, 'rel') === 'stylesheet').map((t) => attr(t, 'href'));

const measure = (href) => {
  const buf = readFileSync(join(root, href.replace(/^\//, '')));
  return { file: href, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
};
const js = files.map(measure).sort((a, b) => b.gzipBytes - a.gzipBytes);
const styles = css.map(measure);
const sum = (rows, k) => rows.reduce((n, r) => n + r[k], 0);
const kb = (b) => (b / 1000).toFixed(1);
const total = { bytes: sum(js, 'bytes'), gzipBytes: sum(js, 'gzipBytes') };

if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify({ js, css: styles, total, budgetKb, built: statSync(join(root, 'index.html')).mtime }),
  );
} else {
  console.log(`Initial JavaScript of the sign-in page (${root}/index.html):`);
  for (const r of js)
    console.log(`  ${kb(r.gzipBytes).padStart(7)} kB gzip  ${kb(r.bytes).padStart(7)} kB  ${r.file}`);
  console.log(`  ${'-'.repeat(40)}`);
  console.log(
    `  ${kb(total.gzipBytes).padStart(7)} kB gzip  ${kb(total.bytes).padStart(7)} kB  total in ${js.length} files (budget ${budgetKb} kB gzip)`,
  );
  for (const r of styles)
    console.log(`  CSS, not counted: ${kb(r.gzipBytes)} kB gzip (${kb(r.bytes)} kB) ${r.file}`);
}
process.exit(total.gzipBytes <= budgetKb * 1000 ? 0 : 1);
