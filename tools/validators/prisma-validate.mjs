#!/usr/bin/env node
// Validate Prisma schemas offline with @prisma/prisma-schema-wasm (the engine `prisma validate` runs; the prisma CLI
// would try to download engines). One process checks many files.
// usage: node prisma-validate.mjs [--json] [--dmmf] [--serve] schema.prisma...
//   default: one human line per file on stderr;  --json: one JSON object per file on stdout
//   ({file, ok, error, warnings, datasources, models?, enums?}); --dmmf adds the parsed data model (models, enums).
//   --serve: also read more file paths from stdin, one per line, answering each as soon as it is read (test harnesses).
// exit 0 = all valid, 1 = some invalid, 2 = usage/IO error
import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
// the wasm reports Rust panics through this global (the Prisma CLI sets it up the same way)
globalThis.PRISMA_WASM_PANIC_REGISTRY = { message: '', get() { return this.message; }, set_message(m) { this.message = `RuntimeError: ${m}`; } };
const wasm = require('@prisma/prisma-schema-wasm');   // CommonJS, loads its .wasm synchronously
const version = require('@prisma/prisma-schema-wasm/package.json').version;

const args = process.argv.slice(2);
const json = args.includes('--json');
const withDmmf = args.includes('--dmmf');
const serve = args.includes('--serve');
const files = args.filter(a => !a.startsWith('--'));
if (!files.length && !serve) { console.error('usage: prisma-validate.mjs [--json] [--dmmf] schema.prisma...'); process.exit(2); }

function errorText(e) {
  const raw = typeof e === 'string' ? e : (e?.message ?? String(e));
  try { const j = JSON.parse(raw); return `${j.error_code ?? ''}: ${j.message ?? raw}`; } catch { return raw; }
}

function check(file) {
  const content = readFileSync(file, 'utf8');
  const prismaSchema = [[file, content]];
  const result = { file, ok: true, error: null, warnings: [], datasources: [] };
  try {
    wasm.validate(JSON.stringify({ prismaSchema, noColor: true }));   // throws a JSON string {error_code, message}
  } catch (e) {
    return { ...result, ok: false, error: errorText(e) };
  }
  result.warnings = JSON.parse(wasm.lint(JSON.stringify(prismaSchema))).filter(d => d.is_warning).map(d => d.text);
  result.datasources = JSON.parse(wasm.get_config(JSON.stringify({ prismaSchema }))).config.datasources.map(d => d.provider);
  if (withDmmf) {
    const dm = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema }))).datamodel;
    result.enums = dm.enums.map(e => ({ name: e.name, dbName: e.dbName ?? null, values: e.values.map(v => v.dbName ?? v.name) }));
    result.models = dm.models.map(m => ({
      name: m.name, dbName: m.dbName ?? null, schema: m.schema ?? null,
      primaryKey: m.primaryKey ? m.primaryKey.fields : m.fields.filter(f => f.isId).map(f => f.name),
      // every unique key: @unique fields, @@unique and unique @@index, as field-name lists
      uniques: (dm.indexes ?? []).filter(i => i.model === m.name && i.type === 'unique').map(i => i.fields.map(f => f.name)),
      fields: m.fields.map(f => ({
        name: f.name, dbName: f.dbName ?? null, kind: f.kind, type: f.type, nativeType: f.nativeType?.[0] ?? null,
        isList: f.isList, isRequired: f.isRequired,
        isId: f.isId, isUnique: f.isUnique, hasDefault: f.hasDefaultValue,
        relationName: f.relationName ?? null, relationFromFields: f.relationFromFields ?? null,
        relationToFields: f.relationToFields ?? null, relationOnDelete: f.relationOnDelete ?? null,
      })),
    }));
  }
  if (withDmmf) addUnsupportedFields(content, result.models);
  return result;
}

// The DMMF leaves out Unsupported("...") fields (columns Prisma has no scalar type for, e.g. interval), yet they are
// real columns Prisma migrates; read them from the model blocks of the (already validated) schema text.
function addUnsupportedFields(content, models) {
  const byName = new Map(models.map(m => [m.name, m]));
  const blockRe = /^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm;
  for (let b; (b = blockRe.exec(content));) {
    const model = byName.get(b[1]);
    if (!model) continue;
    for (const line of b[2].split('\n')) {
      const f = /^\s*(\w+)\s+Unsupported\("((?:[^"\\]|\\.)*)"\)(\?|\[\])?(.*)$/.exec(line);
      if (!f) continue;
      const map = /@map\(\s*(?:name:\s*)?"((?:[^"\\]|\\.)*)"/.exec(f[4]);
      model.fields.push({ name: f[1], dbName: map ? JSON.parse(`"${map[1]}"`) : null, kind: 'unsupported', type: 'Unsupported',
        nativeType: null, unsupported: JSON.parse(`"${f[2]}"`),
        isList: f[3] === '[]', isRequired: f[3] !== '?', isId: false, isUnique: false, hasDefault: /@default\(/.test(f[4]),
        relationName: null, relationFromFields: null, relationToFields: null, relationOnDelete: null });
    }
  }
}

let bad = 0;
function report(file) {
  let r;
  try { r = check(file); } catch (e) { r = { file, ok: false, error: `cannot check: ${e?.message ?? e}` }; }
  if (!r.ok) bad++;
  if (json) process.stdout.write(JSON.stringify(r) + '\n');
  else {
    for (const w of r.warnings ?? []) console.error(`${file}: warning: ${w}`);
    console.error(r.ok ? `${file}: valid (${r.datasources.join(',') || 'no datasource'}; @prisma/prisma-schema-wasm ${version})` : `${file}: INVALID ${r.error}`);
  }
}
files.forEach(report);
if (serve) for await (const line of createInterface({ input: process.stdin })) if (line.trim()) report(line.trim());
process.exit(bad ? 1 : 0);
