// The Schemawright page: upload a project (files, a folder or a zip) or a batch (an archive of project folders),
// follow each run live (Server-Sent Events read with fetch streaming, so the API key travels in a header, never in a
// URL), then draw the ER diagram, render the design document, answer open questions and download the artifacts.
import { readZip, writeZip } from './zip.js';

const $ = (sel, root = document) => root.querySelector(sel);
const PROJECT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
const FINISHED = new Set(['published', 'failed', 'rejected']);
const timings = { pageStart: performance.timeOrigin, ready: null, firstDiagram: null };
window.schemawrightTimings = timings;

/** What the next upload sends: one project's files, or one batch archive. */
let chosen = null;
/** Tracked runs by "projectId/runId": {projectId, runId, files, card, view, shown}. */
const runs = new Map();
let diagramCount = 0;

// ---- the API key: kept in this tab only, sent as a Bearer header on every call
const keyInput = $('#api-key');
keyInput.value = sessionStorage.getItem('schemawright.apiKey') ?? '';
keyInput.addEventListener('change', () => sessionStorage.setItem('schemawright.apiKey', keyInput.value.trim()));

function headers(extra = {}) {
  const key = keyInput.value.trim();
  return key ? { ...extra, Authorization: `Bearer ${key}` } : extra;
}

async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: headers(options.headers) });
  if (!response.ok) throw new Error(await problemText(response));
  return response;
}

async function problemText(response) {
  try {
    const p = await response.json();
    const details = (p.errors ?? []).map(e => `${e.document ?? e.field ?? e.entry ?? ''} ${e.code}: ${e.message}`.trim());
    return [`${response.status} ${p.code ?? p.title ?? ''}: ${p.detail ?? ''}`, ...details].join('\n');
  } catch {
    return `HTTP ${response.status}`;
  }
}

function say(text, error = false) {
  const m = $('#message');
  m.textContent = text;
  m.classList.toggle('error', error);
}

// ---- choosing documents
const isArchive = name => /\.(zip|tar\.gz|tgz)$/i.test(name);
const baseName = name => name.replace(/\.(zip|tar\.gz|tgz)$/i, '');
const visible = path => !path.split('/').some(s => s.startsWith('.') || s === '__MACOSX');

/** files: [{path, file|read}] from a picker, a drop or an archive -> one project or a batch. */
async function choose(entries, fallbackName) {
  entries = entries.filter(e => visible(e.path));
  if (entries.length === 1 && isArchive(entries[0].path)) {
    const archive = entries[0].file;
    if (!/\.zip$/i.test(archive.name)) return setChosen({ kind: 'batch', archive, label: archive.name });
    return choose(await zipEntries(archive), baseName(archive.name));
  }
  const tops = new Set(entries.map(e => e.path.split('/')[0]));
  const nested = entries.every(e => e.path.includes('/'));
  if (nested && tops.size > 1) {
    // several top-level folders: each is a project, sent as one batch archive
    const zipped = await Promise.all(entries.map(async e => ({ name: e.path, bytes: await bytesOf(e) })));
    return setChosen({ kind: 'batch', archive: new File([writeZip(zipped)], `${fallbackName || 'batch'}.zip`), label: `${tops.size} projects` });
  }
  const folder = nested ? [...tops][0] : fallbackName;
  // one project: the documents directly in its folder
  const depth = nested ? 2 : 1;
  const files = await Promise.all(entries.filter(e => e.path.split('/').length === depth)
    .map(async e => new File([await bytesOf(e)], e.path.split('/').pop())));
  setChosen({ kind: 'project', files, projectId: folder ?? '', label: `${files.length} documents` });
}

async function zipEntries(archive) {
  try {
    return (await readZip(archive)).map(e => ({ path: e.path, read: e.read }));
  } catch (e) {
    say(`${archive.name}: ${e.message}`, true);
    return [];
  }
}

async function bytesOf(e) {
  return e.read ? e.read() : new Uint8Array(await e.file.arrayBuffer());
}

function setChosen(c) {
  chosen = c;
  const id = $('#project-id');
  if (c.kind === 'project' && c.projectId && PROJECT_ID.test(c.projectId)) id.value = c.projectId;
  id.disabled = c.kind === 'batch';
  $('#selection').textContent = c.kind === 'batch'
    ? `A batch: ${c.label} (${c.archive.name}), each top-level folder one project.`
    : `One project: ${c.files.map(f => f.name).join(', ')}.`;
  $('#upload').disabled = c.kind === 'project' && c.files.length === 0;
}

$('#pick-files').addEventListener('change', e =>
  choose([...e.target.files].map(f => ({ path: f.name, file: f })), e.target.files.length === 1 ? baseName(e.target.files[0].name) : ''));
$('#pick-folder').addEventListener('change', e =>
  choose([...e.target.files].map(f => ({ path: f.webkitRelativePath || f.name, file: f })), ''));

const zone = $('#drop-zone');
zone.addEventListener('dragover', e => { e.preventDefault(); zone.classList.add('over'); });
zone.addEventListener('dragleave', () => zone.classList.remove('over'));
zone.addEventListener('drop', async e => {
  e.preventDefault();
  zone.classList.remove('over');
  const items = [...e.dataTransfer.items].map(i => i.webkitGetAsEntry?.()).filter(Boolean);
  const entries = (await Promise.all(items.map(i => walk(i, '')))).flat();
  choose(entries, items.length === 1 && items[0].isDirectory ? items[0].name : '');
});
zone.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); $('#pick-files').click(); } });

async function walk(entry, prefix) {
  const path = prefix + entry.name;
  if (entry.isFile) return [{ path, file: await new Promise((ok, fail) => entry.file(ok, fail)) }];
  const reader = entry.createReader();
  const children = [];
  for (let batch; (batch = await new Promise((ok, fail) => reader.readEntries(ok, fail))).length;) children.push(...batch);
  return (await Promise.all(children.map(c => walk(c, path + '/')))).flat();
}

// ---- uploading
$('#upload-form').addEventListener('submit', async e => {
  e.preventDefault();
  if (!chosen) return;
  $('#upload').disabled = true;
  try {
    if (chosen.kind === 'batch') await uploadBatch(chosen.archive);
    else await uploadProject($('#project-id').value.trim(), chosen.files);
  } catch (err) {
    say(err.message, true);
  } finally {
    $('#upload').disabled = false;
  }
});

async function uploadProject(projectId, files) {
  if (!PROJECT_ID.test(projectId)) throw new Error(`'${projectId}' is not a valid project id (letters, digits, '-', '_').`);
  const form = new FormData();
  files.forEach(f => form.append('files', f, f.name));
  say(`Uploading ${files.length} documents of ${projectId}…`);
  const view = await (await api(`v1/projects/${encodeURIComponent(projectId)}/runs`, { method: 'POST', body: form })).json();
  say(`Run ${view.runId} of ${projectId}: ${view.status}.`);
  track(view, files);
}

async function uploadBatch(archive) {
  const form = new FormData();
  form.append('file', archive, archive.name);
  say(`Uploading the batch ${archive.name}…`);
  const batch = await (await api('v1/batches', { method: 'POST', body: form })).json();
  say(`Batch ${batch.batchId}: ${batch.totals.projects} projects.`);
  followBatch(batch);
}

async function followBatch(batch) {
  for (;;) {
    for (const line of batch.projects) {
      if (line.status === 'rejected') showRejected(line);
      else if (line.runId && !runs.has(`${line.projectId}/${line.runId}`)) refresh(line.projectId, line.runId);
    }
    if (!batch.projects.some(l => l.status === 'queued')) return;
    await sleep(1000);
    batch = await (await api(`v1/batches/${batch.batchId}`)).json();
  }
}

function showRejected(line) {
  const key = `${line.projectId}/rejected`;
  if (runs.has(key)) return;
  const card = newCard(line.projectId, '');
  card.dataset.status = 'rejected';
  $('.status', card).textContent = 'rejected';
  $('.errors', card).textContent = line.error ?? '';
  runs.set(key, { card, view: { status: 'rejected' } });
}

// ---- following runs: SSE first, a slow poll as the fallback (another instance may have seen the event)
function track(view, files) {
  const key = `${view.projectId}/${view.runId}`;
  let run = runs.get(key);
  if (!run) {
    run = { projectId: view.projectId, runId: view.runId, files, card: newCard(view.projectId, view.runId), shown: false };
    runs.set(key, run);
  }
  if (files) run.files = files;
  update(run, view);
}

async function refresh(projectId, runId) {
  try {
    track(await (await api(`v1/projects/${projectId}/runs/${runId}`)).json());
  } catch (err) {
    say(err.message, true);
  }
}

function newCard(projectId, runId) {
  $('#no-runs').hidden = true;
  const card = $('#run-template').content.firstElementChild.cloneNode(true);
  const heading = `run-${++diagramCount}`;
  $('h3', card).id = heading;
  card.setAttribute('aria-labelledby', heading);
  card.dataset.project = projectId;
  card.dataset.runId = runId;
  $('.project', card).textContent = projectId;
  $('.run-id', card).textContent = runId;
  $('#runs').prepend(card);
  return card;
}

function update(run, view) {
  run.view = view;
  const card = run.card;
  card.dataset.status = view.status;
  $('.status', card).textContent = view.status;
  const stages = $('.stages', card);
  stages.replaceChildren(...(view.stages ?? []).map(s => {
    const li = document.createElement('li');
    li.dataset.state = s.state;
    li.textContent = `${s.name}: ${s.state}`;
    if (s.detail) li.title = s.detail;
    return li;
  }));
  $('.errors', card).textContent = (view.errors ?? [])
    .map(e => `${e.stage}: ${e.reason}` + (e.diagnostics ?? []).map(d => `\n  ${d.code}: ${d.message}`).join('')).join('\n');
  if (FINISHED.has(view.status) && run.announced !== view.status) {
    run.announced = view.status;
    say(`Run ${view.runId} of ${view.projectId}: ${view.status}.`, view.status !== 'published');
  }
  if (view.status === 'published' && !run.shown) {
    run.shown = true;
    showResults(run).catch(err => say(`${run.projectId}: ${err.message}`, true));
  }
}

async function followEvents() {
  for (;;) {
    try {
      const response = await api('v1/events/runs', { headers: { Accept: 'text/event-stream' } });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer = (buffer + value).replace(/\r\n/g, '\n');
        for (let end; (end = buffer.indexOf('\n\n')) >= 0;) {
          onEvent(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // the key may be wrong or the server restarting: the poll below keeps the runs current meanwhile
    }
    await sleep(2000);
  }
}

function onEvent(block) {
  const data = block.split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5).replace(/^ /, '')).join('\n');
  if (!data) return;
  const view = JSON.parse(data);
  const run = runs.get(`${view.projectId}/${view.runId}`);
  if (run) update(run, view);
}

async function pollUnfinished() {
  for (;;) {
    await sleep(3000);
    for (const run of runs.values()) {
      if (run.runId && !FINISHED.has(run.view?.status)) await refresh(run.projectId, run.runId);
    }
  }
}

// ---- results of a published run
async function showResults(run) {
  const card = run.card;
  const artifacts = run.view.artifacts ?? [];
  const text = async name => {
    const a = artifacts.find(x => x.name === name);
    return a ? (await api(a.href)).text() : null;
  };
  $('.results', card).hidden = false;
  const list = $('.artifacts', card);
  list.replaceChildren(...artifacts.map(a => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary download';
    button.dataset.artifact = a.name;
    button.textContent = `${a.name} (${a.size} bytes)`;
    button.addEventListener('click', () => download(a));
    li.append(button);
    return li;
  }));
  $('.download-all', card).onclick = () => downloadAll(run);

  const [erd, design, model] = await Promise.all([text('erd.mmd'), text('design.md'), text('model.json')]);
  if (erd) await drawDiagram($('.diagram', card), erd);
  if (design) $('.markdown', card).innerHTML = markdown(design);
  if (model) showQuestions(run, JSON.parse(model).openQuestions ?? []);
}

async function drawDiagram(figure, source) {
  await window.mermaidReady;
  const { svg } = await window.mermaid.render(`erd-${++diagramCount}`, source);
  figure.innerHTML = svg;
  figure.dataset.drawn = 'true';
  if (timings.firstDiagram === null) timings.firstDiagram = performance.now();
}

/** Markdown to HTML with the documents' own HTML shown as text, and only web links: the text comes from uploads. */
function markdown(source) {
  return window.marked.parse(source, { async: false });
}

function showQuestions(run, questions) {
  const form = $('.questions', run.card);
  const open = questions.filter(q => !q.answer);
  if (!open.length) return;
  form.hidden = false;
  $('.question-list', form).replaceChildren(...open.map((q, i) => {
    const id = `${run.runId}-${i}`;
    const wrap = document.createElement('div');
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = `${q.question} (assumed: ${q.assumption})`;
    const box = document.createElement('textarea');
    box.id = id;
    box.rows = 2;
    box.dataset.question = q.id;
    wrap.append(label, box);
    return wrap;
  }));
  if (!run.files) {
    $('button', form).disabled = true;
    $('p', form).textContent = 'Upload this project on its own (not in a batch) to answer its questions here.';
  }
  form.onsubmit = async e => {
    e.preventDefault();
    const answers = [...form.querySelectorAll('textarea')].filter(t => t.value.trim())
      .map(t => `- ${t.dataset.question}: ${t.value.trim().replace(/\s+/g, ' ')}`);
    if (!answers.length) return say('Write at least one answer first.', true);
    const names = new Set(run.files.map(f => f.name));
    let name = 'clarifications.md';
    for (let n = 2; names.has(name); n++) name = `clarifications-${n}.md`;
    const doc = new File([`# Clarifications\n\n${answers.join('\n')}\n`], name, { type: 'text/markdown' });
    try {
      await uploadProject(run.projectId, [...run.files, doc]);
    } catch (err) {
      say(err.message, true);
    }
  };
}

async function download(artifact) {
  const blob = await (await api(artifact.href)).blob();
  save(blob, artifact.name);
}

async function downloadAll(run) {
  const entries = await Promise.all((run.view.artifacts ?? []).map(async a =>
    ({ name: `${run.projectId}/${a.name}`, bytes: new Uint8Array(await (await api(a.href)).arrayBuffer()) })));
  save(writeZip(entries), `${run.projectId}-${run.runId}.zip`);
}

function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

const sleep = ms => new Promise(ok => setTimeout(ok, ms));

// ---- start: the libraries are deferred scripts, so they are loaded before this module runs
window.mermaidReady = (async () => {
  window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 2000000 });
})();
const escapeHtml = s => s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
window.marked.use({
  renderer: {
    html(token) { return escapeHtml(token.text ?? token.raw ?? ''); },
    link(token) {
      const href = token.href ?? '';
      const inner = this.parser.parseInline(token.tokens);
      return /^(https?:|mailto:|#|[^:]*$)/i.test(href) ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${inner}</a>` : inner;
    },
    image(token) { return escapeHtml(token.text ?? ''); },
  },
});
timings.ready = performance.now();
document.body.dataset.ready = 'true';
followEvents();
pollUnfinished();
