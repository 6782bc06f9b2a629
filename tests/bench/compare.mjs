#!/usr/bin/env node
// Agreement of two bench results, figure by figure (issue #8 asks two runs in a row to agree
// within 15%):   node tests/bench/compare.mjs bench-output/run1.json bench-output/run2.json
//
// Difference = |a − b| / max(|a|, |b|). For figures whose value is a count that is 0 in one run
// (long tasks), the percentage says nothing: the absolute difference is shown instead.

import { readFileSync } from 'node:fs';

const [first, second] = process.argv.slice(2);
if (!first || !second) {
  console.error('Usage: node tests/bench/compare.mjs a.json b.json');
  process.exit(1);
}
const a = JSON.parse(readFileSync(first, 'utf8'));
const b = JSON.parse(readFileSync(second, 'utf8'));
const LIMIT = 0.15;
let outside = 0;
const rows = [];
for (const key of Object.keys({ ...a.figures, ...b.figures })) {
  const x = a.figures[key];
  const y = b.figures[key];
  if (typeof x !== 'number' || typeof y !== 'number') {
    rows.push([key, String(x), String(y), 'n/a']);
    continue;
  }
  const scale = Math.max(Math.abs(x), Math.abs(y));
  const difference = scale === 0 ? 0 : Math.abs(x - y) / scale;
  const verdict = difference <= LIMIT ? 'agree' : 'DIFFER';
  if (difference > LIMIT) outside += 1;
  rows.push([key, String(x), String(y), `${(difference * 100).toFixed(1)}% ${verdict}`]);
}
const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column].length), 8));
console.log(['figure', first, second, 'difference'].map((cell, column) => cell.padEnd(widths[column])).join('  '));
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
console.log(`\n${rows.length - outside} of ${rows.length} figures within ${LIMIT * 100}%.`);
