#!/usr/bin/env node
// Validate AsyncAPI documents with the AsyncAPI initiative's own parser (@asyncapi/parser: the AsyncAPI JSON Schema,
// its Spectral rules, and $refs resolved relative to the document, so the payload schema files are checked too).
// usage: node asyncapi-validate.mjs [--json] FILE.yaml...
//   default: one line per finding on stderr; --json: one JSON object per file on stdout
//   ({file, ok, version, channels, messages, errors: [{code, message, path}], warnings: n}).
// exit 0 = all valid (warnings allowed), 1 = some invalid, 2 = usage
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Parser, fromFile } from '@asyncapi/parser';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter(a => !a.startsWith('--'));
if (!files.length) { console.error('usage: asyncapi-validate.mjs [--json] FILE.yaml...'); process.exit(2); }

const parser = new Parser();
let bad = 0;
for (const file of files) {
  const result = { file, ok: false, version: null, channels: [], messages: [], errors: [], warnings: 0 };
  try {
    readFileSync(file);                                   // a clear error for a missing file
    const { document, diagnostics } = await fromFile(parser, resolve(file)).parse();
    for (const d of diagnostics) {
      if (d.severity === 0) result.errors.push({ code: d.code, message: d.message, path: (d.path ?? []).join('/') });
      else result.warnings++;
    }
    if (document && !result.errors.length) {
      result.ok = true;
      result.version = document.version();
      result.channels = document.channels().all().map(c => c.address());
      result.messages = document.messages().all().map(m => m.name());
    }
  } catch (e) {
    result.errors.push({ code: 'exception', message: String(e?.message ?? e), path: '' });
  }
  if (!result.ok) bad++;
  if (json) process.stdout.write(JSON.stringify(result) + '\n');
  else if (result.ok) console.error(`ok    ${file}: AsyncAPI ${result.version}, ${result.channels.length} channels, ${result.messages.length} messages`);
  else for (const e of result.errors) console.error(`FAIL  ${file}: ${e.code}: ${e.message}${e.path ? ' at ' + e.path : ''}`);
}
process.exit(bad ? 1 : 0);
