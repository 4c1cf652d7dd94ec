#!/usr/bin/env node
// Parse Mermaid diagrams offline with mermaid's own parser under jsdom (no browser). One process checks many files.
// usage: node mermaid-parse.mjs [--json] [--serve] [--expect er] FILE.mmd|FILE.md...
//   .md/.markdown files: every ```mermaid (or ~~~mermaid) fenced block is parsed; a markdown file without any is an error.
//   default: one human line per diagram on stderr; --json: one JSON object per file on stdout
//   ({file, ok, diagrams: [{line, ok, type, error}]}).  mermaid reports erDiagram as type "er".
//   --serve: also read more file paths from stdin, one per line, answering each as soon as it is read (test harnesses).
// exit 0 = all valid, 1 = some invalid, 2 = usage
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { JSDOM } from 'jsdom';
const dom = new JSDOM('<!doctype html><html><body></body></html>');
// mermaid (DOMPurify, d3) expects browser globals at import time
globalThis.window = dom.window; globalThis.document = dom.window.document;
for (const k of ['Element', 'HTMLElement', 'SVGElement', 'DocumentFragment', 'Node', 'DOMParser', 'MutationObserver']) globalThis[k] ??= dom.window[k];
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

const args = process.argv.slice(2);
const json = args.includes('--json');
const expectAt = args.indexOf('--expect');
const expect = expectAt >= 0 ? args[expectAt + 1] : null;
const serve = args.includes('--serve');
const files = args.filter((a, i) => !a.startsWith('--') && (expectAt < 0 || i !== expectAt + 1));
if (!files.length && !serve) { console.error('usage: mermaid-parse.mjs [--json] [--expect er] FILE.mmd|FILE.md...'); process.exit(2); }

function blocksOf(file, text) {
  if (!/\.(md|markdown)$/i.test(file)) return [{ line: 1, src: text }];
  const blocks = [];
  const re = /^(```|~~~)mermaid[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm;
  for (let m; (m = re.exec(text));) blocks.push({ line: text.slice(0, m.index).split('\n').length + 1, src: m[2] });
  return blocks;
}

let bad = 0;
async function report(file) {
  const result = { file, ok: true, error: null, diagrams: [] };
  try {
    const blocks = blocksOf(file, readFileSync(file, 'utf8'));
    if (!blocks.length) { result.ok = false; result.error = 'no mermaid block'; }
    for (const b of blocks) {
      const d = { line: b.line, ok: true, type: null, error: null };
      try {
        const res = await mermaid.parse(b.src);            // throws on a syntax error; resolves {diagramType, config}
        d.type = res.diagramType;
        if (d.type === 'er') {                             // what the parser understood: entities, attributes, relationships
          const db = (await mermaid.mermaidAPI.getDiagramFromText(b.src)).db;
          const entities = db.getEntities();
          d.entities = [...(entities instanceof Map ? entities.values() : Object.values(entities))]
            .map(e => ({ name: e.label ?? e.alias ?? '', attributes: (e.attributes ?? []).length }));
          d.relationships = db.getRelationships().length;
        }
        if (expect && d.type !== expect) { d.ok = false; d.error = `expected ${expect}, got ${d.type}`; }
      } catch (e) { d.ok = false; d.error = String(e?.message ?? e); }
      if (!d.ok) result.ok = false;
      result.diagrams.push(d);
    }
  } catch (e) { result.ok = false; result.error = `cannot read: ${e?.message ?? e}`; }
  if (!result.ok) bad++;
  if (json) process.stdout.write(JSON.stringify(result) + '\n');
  else {
    if (result.error) console.error(`${file}: INVALID ${result.error}`);
    for (const d of result.diagrams) console.error(`${file}:${d.line}: ${d.ok ? `valid ${d.type}` : `INVALID ${d.error}`}`);
  }
}
for (const file of files) await report(file);
if (serve) for await (const line of createInterface({ input: process.stdin })) if (line.trim()) await report(line.trim());
process.exit(bad ? 1 : 0);
