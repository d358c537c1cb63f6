// The workbench page: CodeMirror editor on the left, the engine's real pages (pdf.js) on the right.
import * as pdfjsLib from '/lib/pdfjs-dist/build/pdf.min.mjs';
import { TEXTS } from '/app/i18n.js';
import { parseLine, pathAt, SchemaIndex } from '/app/yaml-schema.js';

pdfjsLib.GlobalWorkerOptions.workerSrc = '/lib/pdfjs-dist/build/pdf.worker.min.mjs';
// One worker for every preview: pdf.js would otherwise start (load and compile) a new one per document.
const pdfWorker = new pdfjsLib.PDFWorker({ name: 'vanban-preview' });

const $ = id => document.getElementById(id);
const TOKEN = new URLSearchParams(location.search).get('token');
// Keystrokes are coalesced: a short pause, and while a render is on its way the next waits for it.
const DEBOUNCE_MS = 10;

let T = TEXTS.vi;
let state = null;
let schema = null;
let current = null; // {path, hash, savedText}
let pdfDoc = null;
let pageTexts = [];
const timings = []; // keystroke-to-pages, ms (also as performance measures)
window.vbTimings = timings;
const breakdown = [];
let lastPdfSteps = {};
window.vbBreakdown = breakdown;

const cm = CodeMirror($('editor'), {
  mode: 'yaml', lineNumbers: true, indentUnit: 2, tabSize: 2, indentWithTabs: false, lineWrapping: true,
  gutters: ['vb-gutter', 'CodeMirror-linenumbers'], readOnly: 'nocursor',
  extraKeys: {
    'Ctrl-Space': c => c.showHint({ hint: completions, completeSingle: false }),
    'Ctrl-S': () => save(), 'Cmd-S': () => save(),
    Tab: c => c.execCommand('insertSoftTab'),
  },
});
window.vbEditor = cm;

async function api(method, url, body, headers = {}) {
  const h = { ...headers };
  if (TOKEN) h['X-Vanban-Token'] = TOKEN;
  const r = await fetch(url, { method, body, headers: h, credentials: 'same-origin' });
  return r;
}

function q(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, v);
  return u.toString();
}

function status(text, isError) {
  $('status').textContent = text;
  $('status').classList.toggle('error', !!isError);
}

function translate() {
  document.documentElement.lang = state.lang;
  document.title = T.title;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = T[el.dataset.t];
  $('new-name').placeholder = T.newNamePlaceholder;
}

async function start() {
  state = await (await api('GET', '/api/state')).json();
  T = TEXTS[state.lang] || TEXTS.vi;
  translate();
  schema = new SchemaIndex(await (await api('GET', '/api/schema')).json());
  fillLists();
  $('new-type').replaceChildren(...state.types.map(t => new Option(t.name, t.key)));
  $('period').replaceChildren(new Option(T.defaultPeriod, ''), ...state.periods.map(p => new Option(p, p)));
  const units = [new Option(T.noUnit, '')];
  for (const f of state.unitFiles) for (const u of f.units) units.push(new Option(`${u.name} (${u.code})`, `${f.file}|${u.code}`));
  $('unit').replaceChildren(...units);
  const wanted = new URLSearchParams(location.search).get('file');
  if (wanted) open(wanted);
}

function fillLists() {
  const item = f => {
    const a = document.createElement('a');
    a.textContent = f.replace(/^content\//, '');
    a.dataset.path = f;
    a.addEventListener('click', () => open(f));
    const li = document.createElement('li');
    li.append(a);
    return li;
  };
  $('file-list').replaceChildren(...state.documents.map(item));
  $('data-list').replaceChildren(...(state.dataFiles || []).map(item));
  markOpen();
}

function markOpen() {
  for (const a of document.querySelectorAll('#files a')) a.classList.toggle('open', !!current && a.dataset.path === current.path);
}

function dirty() {
  return !!current && cm.getValue() !== current.savedText;
}

function updateDirty() {
  $('file-name').classList.toggle('dirty', dirty());
}

async function open(path) {
  if (dirty() && (await ask(T.discard, [T.discardYes, T.cancel])) !== 0) return;
  const r = await api('GET', '/api/file?' + q({ path }));
  const j = await r.json();
  if (!r.ok) { status(T.failed(j.error + ' ' + (j.detail || '')), true); return; }
  current = { path, hash: j.hash, savedText: j.text };
  $('file-name').textContent = path;
  cm.setOption('readOnly', false);
  cm.setValue(j.text);
  cm.clearHistory();
  for (const b of document.querySelectorAll('#bar button')) b.disabled = false;
  $('report-controls').hidden = !/^so-lieu\s*:/m.test(j.text);
  closePanel();
  markOpen();
  updateDirty();
  status(T.opened(path));
  clearPages();
  lastKeystroke = 0;
  preview();
  cm.focus();
}

// ---- preview: the engine's pages as the clerk types -------------------------------------------

let timer = null;
let inflight = false;
let again = false;
let lastKeystroke = 0;
let lastMeasured = 0;

cm.on('change', (c, change) => {
  if (!current) return;
  if (change.origin !== 'setValue') {
    lastKeystroke = performance.now();
    performance.mark('vb-keystroke');
  }
  updateDirty();
  $('report-controls').hidden = !/^so-lieu\s*:/m.test(cm.getValue());
  clearTimeout(timer);
  timer = setTimeout(preview, DEBOUNCE_MS);
});

function reportParams() {
  const [file, code] = ($('unit').value || '|').split('|');
  return { ky: $('period').value, 'don-vi': file, ma: code };
}
$('period').addEventListener('change', () => preview());
$('unit').addEventListener('change', () => preview());

/** Figures files under so-lieu/ are not documents: they show in the reports that use them. */
function isData(path) {
  return /^content\/so-lieu\//.test(path);
}

async function preview() {
  if (!current) return;
  if (isData(current.path)) {
    clearPages();
    $('pages-info').textContent = T.dataFile;
    return;
  }
  if (inflight) { again = true; return; }
  inflight = true;
  const stamp = lastKeystroke;
  const path = current.path;
  try {
    const t0 = performance.now();
    const r = await api('POST', '/api/preview?' + q({ path, ...reportParams() }), cm.getValue(),
      { 'Content-Type': 'text/yaml; charset=utf-8' });
    if (!r.ok) { const e = await r.json(); status(T.failed(e.error + ' ' + (e.detail || '')), true); return; }
    // [JSON length, 4 bytes][JSON][PDF]: see Workbench.render.
    const buf = await r.arrayBuffer();
    const n = new DataView(buf).getUint32(0);
    const j = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, n)));
    const pdf = new Uint8Array(buf, 4 + n);
    const t1 = performance.now();
    if (!current || current.path !== path) return;
    if (j.ok) {
      await showPdf(pdf);
      showProblems(j.diagnostics);
      $('pages').classList.remove('stale', 'redline');
      let total = '';
      if (stamp > lastMeasured) {
        const m = performance.measure('vb-keystroke-to-pages', { start: stamp, end: performance.now() });
        timings.push(m.duration);
        // Where the time went: waiting to send (debounce, an earlier render), the server, the wire, pdf.js.
        breakdown.push({ total: m.duration, wait: t0 - stamp, server: j.ms, fetch: t1 - t0, pages: performance.now() - t1, ...lastPdfSteps });
        lastMeasured = stamp;
        total = m.duration.toFixed(0);
      }
      $('render-info').textContent = total ? T.renderedIn(j.ms, total) : '';
    } else {
      showProblems(j.diagnostics);
      $('pages').classList.add('stale');
    }
  } catch (e) {
    status(T.failed(String(e)), true);
  } finally {
    inflight = false;
    if (again) { again = false; preview(); }
  }
}

function clearPages() {
  $('pages').replaceChildren();
  $('pages-info').textContent = '';
  $('pages-info').dataset.pages = '0';
  $('render-info').textContent = '';
  if (pdfDoc) { pdfDoc.destroy(); pdfDoc = null; }
  pageTexts = [];
}

const observer = new IntersectionObserver(entries => {
  for (const e of entries) if (e.isIntersecting) drawPage(e.target);
}, { root: $('pages'), rootMargin: '300px' });

/** Lays out every page at the pane's width, draws the visible ones, then swaps them in at once. */
async function showPdf(bytes) {
  const ta = performance.now();
  const doc = await pdfjsLib.getDocument({ data: bytes, isEvalSupported: false, worker: pdfWorker }).promise;
  const tb = performance.now();
  const pane = $('pages');
  const width = Math.max(200, pane.clientWidth - 24);
  const divs = [];
  let top = 10;
  const viewTop = pane.scrollTop;
  const viewBottom = viewTop + pane.clientHeight;
  const visible = [];
  // Asked all at once: the worker answers in one go rather than a round trip per page.
  const all = await Promise.all(Array.from({ length: doc.numPages }, (_, i) => doc.getPage(i + 1)));
  for (let i = 1; i <= doc.numPages; i++) {
    const page = all[i - 1];
    const base = page.getViewport({ scale: 1 });
    const scale = width / base.width;
    const vp = page.getViewport({ scale });
    const div = document.createElement('div');
    div.className = 'page';
    div.dataset.page = String(i);
    div.style.width = vp.width + 'px';
    div.style.height = vp.height + 'px';
    div.vb = { page, vp, doc };
    divs.push(div);
    // Drawn before the swap: the pages in view; the rest as they come near it (the observer).
    if (top < viewBottom && top + vp.height > viewTop) visible.push(div);
    top += vp.height + 10;
  }
  const tc = performance.now();
  await Promise.all(visible.map(drawPage));
  lastPdfSteps = { open: tb - ta, layout: tc - tb, draw: performance.now() - tc, drawn: visible.length };
  const old = pdfDoc;
  pdfDoc = doc;
  pageTexts = [];
  observer.disconnect();
  pane.replaceChildren(...divs);
  pane.scrollTop = viewTop;
  for (const d of divs) if (!d.vb.drawn) observer.observe(d);
  $('pages-info').textContent = T.pages(doc.numPages);
  $('pages-info').dataset.pages = String(doc.numPages);
  if (old) old.destroy();
  followCursor();
}

async function drawPage(div) {
  if (!div.vb || div.vb.drawn) return;
  div.vb.drawn = true;
  const { page, vp } = div.vb;
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(vp.width * ratio);
  canvas.height = Math.floor(vp.height * ratio);
  const ctx = canvas.getContext('2d');
  try {
    await page.render({ canvasContext: ctx, viewport: vp, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : null }).promise;
    div.replaceChildren(canvas);
  } catch (e) {
    // The document was replaced while drawing: nothing to show.
  }
}

// ---- following the part being edited ----------------------------------------------------------

function squash(s) {
  return s.normalize('NFC').toLowerCase().replace(/[\s"'*_`]/g, '');
}

async function textOf(i) {
  if (pageTexts[i] === undefined) {
    const doc = pdfDoc;
    const page = await doc.getPage(i + 1);
    const tc = await page.getTextContent();
    if (doc !== pdfDoc) return '';
    pageTexts[i] = squash(tc.items.map(it => it.str).join(''));
  }
  return pageTexts[i];
}

// For the browser tests: the text of a page as pdf.js reads it (squashed: no spaces, lower case).
window.vbPageText = i => textOf(i);

let followTimer = null;
cm.on('cursorActivity', () => { clearTimeout(followTimer); followTimer = setTimeout(followCursor, 250); });

/** Scrolls the pages to the one that prints the text at (or above) the cursor. */
async function followCursor() {
  if (!pdfDoc || !current) return;
  const doc = pdfDoc;
  const lineNo = cm.getCursor().line;
  for (let n = lineNo; n >= 0 && n > lineNo - 40; n--) {
    const p = parseLine(cm.getLine(n));
    const value = p.value.replace(/\{\{[^}]*\}\}/g, ' ').replace(/^[|>][-+]?$/, '');
    const words = squash(value).slice(0, 24);
    if (words.length < 6) continue;
    for (let i = 0; i < doc.numPages; i++) {
      const t = await textOf(i);
      if (doc !== pdfDoc) return;
      if (t.includes(words)) { showPage(i); return; }
    }
  }
}

function showPage(i) {
  const pane = $('pages');
  const div = pane.children[i];
  if (!div) return;
  for (const d of pane.querySelectorAll('.page.current')) d.classList.remove('current');
  div.classList.add('current');
  const top = div.offsetTop - pane.offsetTop;
  if (top < pane.scrollTop || top + 80 > pane.scrollTop + pane.clientHeight) pane.scrollTop = top - 10;
}

// ---- diagnostics as marks ---------------------------------------------------------------------

let marks = [];

function showProblems(list) {
  for (const m of marks) m.clear();
  marks = [];
  cm.clearGutter('vb-gutter');
  const items = [];
  let errors = 0;
  let warnings = 0;
  for (const d of list) {
    if (d.severity === 'error') errors++; else warnings++;
    const li = document.createElement('li');
    li.className = d.severity;
    li.textContent = d.text;
    if (d.here) {
      const line = Math.min(Math.max(0, d.line - 1), cm.lineCount() - 1);
      li.dataset.line = String(d.line);
      li.addEventListener('click', () => { cm.setCursor({ line, ch: Math.max(0, d.col - 1) }); cm.focus(); });
      const text = cm.getLine(line);
      const from = Math.min(Math.max(0, d.col - 1), text.length);
      let to = from;
      while (to < text.length && !/[\s:,]/.test(text[to])) to++;
      if (to === from) to = Math.min(text.length, from + 1);
      const start = to === from && from > 0 ? from - 1 : from;
      marks.push(cm.markText({ line, ch: start }, { line, ch: Math.max(to, start + 1) },
        { className: 'vb-mark-' + d.severity, attributes: { title: d.message } }));
      const info = cm.lineInfo(line);
      const old = info && info.gutterMarkers && info.gutterMarkers['vb-gutter'];
      if (!old || d.severity === 'error') {
        const dot = document.createElement('div');
        dot.className = 'vb-marker ' + d.severity;
        dot.title = d.message;
        dot.dataset.message = (old ? old.dataset.message + '\n' : '') + d.message;
        cm.setGutterMarker(line, 'vb-gutter', dot);
      } else {
        old.dataset.message += '\n' + d.message;
        old.title = old.dataset.message;
      }
    }
    items.push(li);
  }
  $('problems').replaceChildren(...items);
  if (errors) status(T.hasErrors(errors), true);
  else status(warnings ? T.warnings(warnings) : (dirty() ? T.unsaved : T.noErrors));
}

// ---- completion and hover help from the JSON Schema -------------------------------------------

function completions(c) {
  if (!schema) return null;
  const cur = c.getCursor();
  const line = c.getLine(cur.line);
  const before = line.slice(0, cur.ch);
  const lines = c.getValue().split('\n');
  const valueMatch = /^(\s*(?:-\s+)*)([^\s:#][^:#]*?)\s*:\s*([\w-]*)$/.exec(before);
  if (valueMatch) {
    const path = pathAt(lines, cur.line, cur.ch, true);
    if (!path) return null;
    const typed = valueMatch[3];
    const list = schema.values(path).filter(v => v.startsWith(typed));
    return list.length ? { list, from: { line: cur.line, ch: cur.ch - typed.length }, to: cur } : null;
  }
  const m = /^(\s*(?:-\s+)*)([\w-]*)$/.exec(before);
  if (!m) return null;
  const typed = m[2];
  const path = pathAt(lines, cur.line, m[1].length, false);
  if (!path) return null;
  const present = new Set();
  const list = [];
  for (const [k, doc] of schema.keys(path)) {
    if (!k.startsWith(typed) || present.has(k)) continue;
    list.push({
      text: k + ': ', displayText: k,
      render: (el) => {
        const b = document.createElement('b');
        b.textContent = k;
        const s = document.createElement('span');
        s.className = 'hint-doc';
        s.textContent = doc.length > 90 ? doc.slice(0, 88) + '…' : doc;
        el.append(b, s);
      },
    });
  }
  return list.length ? { list, from: { line: cur.line, ch: cur.ch - typed.length }, to: cur } : null;
}

cm.on('inputRead', (c, change) => {
  if (!/^[a-z]$/.test(change.text.join(''))) return;
  const cur = c.getCursor();
  const line = c.getLine(cur.line);
  // Only while typing a new key at the end of a line, not when mending one that has its colon.
  if (/^\s*(?:-\s+)*[a-z][\w-]*$/.test(line.slice(0, cur.ch)) && line.slice(cur.ch).trim() === ''
      && !c.state.completionActive) {
    c.showHint({ hint: completions, completeSingle: false });
  }
});

cm.getWrapperElement().addEventListener('mousemove', e => {
  const help = $('hover-help');
  if (!schema || !current) { help.hidden = true; return; }
  const target = e.target;
  if (target.closest && target.closest('.vb-marker')) {
    show(target.closest('.vb-marker').dataset.message);
    return;
  }
  const pos = cm.coordsChar({ left: e.clientX, top: e.clientY }, 'window');
  const text = cm.getLine(pos.line) || '';
  const p = parseLine(text);
  if (!p.key || pos.ch < p.col || pos.ch > p.keyEnd) { help.hidden = true; return; }
  const path = pathAt(cm.getValue().split('\n'), pos.line, pos.ch, true);
  const doc = path ? schema.describe(schema.at(path)) : '';
  if (!doc) { help.hidden = true; return; }
  show(p.key + ': ' + doc);

  function show(s) {
    help.textContent = s;
    help.style.left = Math.min(e.clientX + 12, window.innerWidth - 440) + 'px';
    help.style.top = (e.clientY + 16) + 'px';
    help.hidden = false;
  }
});
cm.getWrapperElement().addEventListener('mouseleave', () => { $('hover-help').hidden = true; });

// ---- save, versions, downloads, conformance ---------------------------------------------------

async function save(force) {
  if (!current) return false;
  const text = cm.getValue();
  const headers = { 'Content-Type': 'text/yaml; charset=utf-8', 'If-Match': '"' + current.hash + '"' };
  const r = await api('PUT', '/api/file?' + q({ path: current.path }), text, headers);
  const j = await r.json();
  if (r.status === 409) {
    const choice = await ask(T.conflict, [T.overwrite, T.loadDisk, T.cancel]);
    if (choice === 0) {
      current.hash = j.hash;
      return save(true);
    }
    if (choice === 1) {
      current.savedText = j.text;
      current.hash = j.hash;
      cm.setValue(j.text);
      updateDirty();
    }
    return false;
  }
  if (!r.ok) { status(T.failed(j.error + ' ' + (j.detail || '')), true); return false; }
  current.hash = j.hash;
  current.savedText = text;
  updateDirty();
  status(T.saved);
  return true;
}

$('save').addEventListener('click', () => save());

$('commit').addEventListener('click', async () => {
  if (!current) return;
  if (dirty() && !(await save())) return;
  const name = current.path.replace(/^content\//, '');
  const choice = await ask(T.commitMessage, [T.commit, T.cancel], T.commitDefault(name));
  if (choice !== 0) return;
  const r = await api('POST', '/api/commit?' + q({ path: current.path }), $('modal-input').value,
    { 'Content-Type': 'text/plain; charset=utf-8' });
  const j = await r.json();
  if (!r.ok) { status(T.failed(j.error + ' ' + (j.detail || '')), true); return; }
  status(j.unchanged ? T.unchanged : T.committed(j.version.short));
  if (!$('panel').hidden && $('panel').dataset.kind === 'history') showHistory();
});

async function download(format) {
  const r = await api('POST', '/api/export?' + q({ path: current.path, format, ...reportParams() }), cm.getValue(),
    { 'Content-Type': 'text/yaml; charset=utf-8' });
  if (!r.ok) {
    const j = await r.json();
    if (j.diagnostics) showProblems(j.diagnostics); else status(T.failed(j.error), true);
    return;
  }
  const blob = await r.blob();
  const name = /filename="([^"]+)"/.exec(r.headers.get('Content-Disposition') || '');
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name ? name[1] : 'van-ban.' + format;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}
$('download-docx').addEventListener('click', () => download('docx'));
$('download-pdf').addEventListener('click', () => download('pdf'));

$('conformance').addEventListener('click', async () => {
  const r = await api('POST', '/api/conformance?' + q({ path: current.path, ...reportParams() }), cm.getValue(),
    { 'Content-Type': 'text/yaml; charset=utf-8' });
  const j = await r.json();
  const body = [];
  if (!j.ok) {
    body.push(para(T.nd30Blocked));
    body.push(list((j.diagnostics || []).map(d => d.text), d => 'rule not-met'));
  } else {
    const met = j.rules.filter(x => x.met).length;
    body.push(para(T.nd30Summary(met, j.rules.length)));
    body.push(list(j.rules.map(x => x.rule + (x.where ? ' — ' + x.where : '') + (x.met ? '' : ': ' + x.problems.join('; '))),
      (s, i) => 'rule ' + (j.rules[i].met ? 'met' : 'not-met')));
  }
  openPanel('conformance', T.nd30Title, body);
});

function para(text) {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function list(texts, cls) {
  const ul = document.createElement('ul');
  texts.forEach((t, i) => {
    const li = document.createElement('li');
    li.className = cls(t, i);
    li.textContent = t;
    ul.append(li);
  });
  return ul;
}

$('history').addEventListener('click', () => showHistory());

async function showHistory() {
  const r = await api('GET', '/api/history?' + q({ path: current.path }));
  const j = await r.json();
  if (!r.ok) { status(T.failed(j.error), true); return; }
  const body = [];
  if (!j.versions.length) {
    body.push(para(T.noVersions));
  } else {
    body.push(para(T.pickTwo));
    const ul = document.createElement('ul');
    ul.id = 'versions';
    const rows = [{ id: 'editor', short: T.inEditor, when: '', message: '' }, ...j.versions];
    for (const v of rows) {
      const li = document.createElement('li');
      li.className = 'version';
      li.dataset.id = v.id;
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = v.id;
      box.addEventListener('change', () => compareChosen(rows));
      const label = document.createElement('label');
      label.append(box, ' ', v.id === 'editor' ? v.short
        : `${v.short} · ${v.when.replace('T', ' ').replace('Z', '')} · ${v.author} — ${v.message}`);
      li.append(label);
      ul.append(li);
    }
    body.push(ul);
    const out = document.createElement('div');
    out.id = 'redline';
    body.push(out);
    // The text diff of the YAML: a second view, folded away under the redline.
    const box = document.createElement('details');
    box.id = 'diff-box';
    box.hidden = true;
    const sum = document.createElement('summary');
    sum.textContent = T.textDiff;
    const pre = document.createElement('pre');
    pre.className = 'diff';
    pre.id = 'diff';
    box.append(sum, pre);
    body.push(box);
  }
  openPanel('history', T.historyTitle(current.path), body);
}

// Two versions chosen: the redline of `so-sanh` (summary here, marked pages in the pages pane,
// the tracked-changes DOCX to download); the text diff stays below as a second view.
let redlineSeq = 0;
async function compareChosen(rows) {
  const chosen = [...document.querySelectorAll('#versions input:checked')].map(b => b.value);
  const pre = $('diff');
  const out = $('redline');
  if (chosen.length !== 2) { pre.replaceChildren(); out.replaceChildren(); $('diff-box').hidden = true; return; }
  // Older first: the list runs newest first, with the editor's text at the top.
  const idx = id => rows.findIndex(r => r.id === id);
  const [b, a] = chosen.sort((x, y) => idx(x) - idx(y));
  const name = id => id === 'editor' ? T.inEditor : id.slice(0, 8);
  const seq = ++redlineSeq;
  out.replaceChildren(para(T.comparing));
  const body = b === 'editor' ? cm.getValue() : undefined;
  const path = current.path;
  const [rr, rd] = await Promise.all([
    api('POST', '/api/redline?' + q({ path, a, b, ...reportParams() }), body, { 'Content-Type': 'text/yaml; charset=utf-8' }),
    api(body === undefined ? 'GET' : 'POST', '/api/diff?' + q({ path, a, b }), body, { 'Content-Type': 'text/yaml; charset=utf-8' }),
  ]);
  if (seq !== redlineSeq || !current || current.path !== path) return;
  showTextDiff(pre, rd, T.diffTitle(name(a), name(b)));
  $('diff-box').hidden = false;
  if (!rr.ok) { const e = await rr.json(); out.replaceChildren(para(T.failed(e.detail || e.error))); return; }
  // [JSON length, 4 bytes][JSON][PDF length, 4 bytes][PDF][DOCX]: see Workbench.redline.
  const buf = await rr.arrayBuffer();
  const view = new DataView(buf);
  const n = view.getUint32(0);
  const j = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, n)));
  if (!j.ok) { out.replaceChildren(para(T.redlineFailed), list(j.errors, () => 'rule not-met')); return; }
  const pdfLength = view.getUint32(4 + n);
  const pdf = new Uint8Array(buf, 8 + n, pdfLength);
  const docx = new Uint8Array(buf, 8 + n + pdfLength);
  const head = para(T.redlineTitle(name(a), name(b), j.insertions, j.deletions));
  head.className = 'redline-head';
  const ul = document.createElement('ul');
  ul.id = 'redline-summary';
  if (!j.summary.length) ul.append(Object.assign(document.createElement('li'), { textContent: T.noChanges }));
  for (const l of j.summary) {
    const li = document.createElement('li');
    li.className = 'change';
    const where = document.createElement('span');
    where.className = 'where';
    where.textContent = l.place.replace(/\b([0-9a-f]{8})[0-9a-f]{32}\b/g, '$1') + ': ';
    li.append(where, l.text);
    if (l.path && l.line) {
      li.classList.add('jump');
      li.dataset.path = l.path;
      li.dataset.line = String(l.line);
      li.addEventListener('click', () => jumpTo(l.path, l.line));
    }
    ul.append(li);
  }
  const buttons = document.createElement('div');
  buttons.className = 'redline-buttons';
  const dl = (label, id, bytes, type, file) => {
    const el = document.createElement('button');
    el.type = 'button';
    el.id = id;
    el.textContent = label;
    el.addEventListener('click', () => saveBlob(new Blob([bytes], { type }), file));
    return el;
  };
  const show = document.createElement('button');
  show.type = 'button';
  show.id = 'redline-pages';
  show.textContent = T.showRedline;
  show.addEventListener('click', () => showRedlinePages(pdf));
  const back = document.createElement('button');
  back.type = 'button';
  back.id = 'redline-back';
  back.textContent = T.backToPreview;
  back.addEventListener('click', () => { $('pages').classList.remove('redline'); preview(); });
  buttons.append(show, back,
    dl(T.downloadRedlineDocx, 'redline-docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', j.name + '.so-sanh.docx'),
    dl(T.downloadRedlinePdf, 'redline-pdf', pdf, 'application/pdf', j.name + '.so-sanh.pdf'));
  out.replaceChildren(head, buttons, ul);
  await showRedlinePages(pdf);
}

/** The marked pages in the pages pane, until the clerk types again or goes back to the preview. */
async function showRedlinePages(pdf) {
  // pdf.js takes its bytes over to the worker: it gets a copy, the buttons keep theirs.
  await showPdf(pdf.slice());
  $('pages').classList.add('redline');
  $('pages-info').textContent = T.redlinePages(Number($('pages-info').dataset.pages));
  $('render-info').textContent = '';
}

async function jumpTo(path, line) {
  if (!current || current.path !== path) {
    await open(path);
    if (!current || current.path !== path) return;
  }
  const l = Math.min(Math.max(0, line - 1), cm.lineCount() - 1);
  cm.setCursor({ line: l, ch: 0 });
  cm.scrollIntoView({ line: l, ch: 0 }, 80);
  cm.focus();
}

async function showTextDiff(pre, r, title) {
  const j = await r.json();
  if (!r.ok) { pre.textContent = T.failed(j.error); return; }
  const spans = [];
  const head = document.createElement('span');
  head.className = 'hunk';
  head.textContent = title + '\n';
  spans.push(head);
  if (!j.diff) spans.push(document.createTextNode(T.sameText));
  for (const line of j.diff.split('\n')) {
    const s = document.createElement('span');
    s.className = line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : line.startsWith('@@') ? 'hunk' : '';
    s.textContent = line + (s.className ? '' : '\n');
    spans.push(s);
  }
  pre.replaceChildren(...spans);
}

function saveBlob(blob, file) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

function openPanel(kind, title, children) {
  $('panel').dataset.kind = kind;
  // The history sits on the left, so the redline's pages stay in view on the right.
  $('panel').classList.toggle('left', kind === 'history');
  $('panel-title').textContent = title;
  $('panel-body').replaceChildren(...children);
  $('panel').hidden = false;
}

function closePanel() {
  $('panel').hidden = true;
  // The marked pages belong to the history: closing it brings back the live preview.
  if ($('pages').classList.contains('redline')) { $('pages').classList.remove('redline'); preview(); }
}
$('panel-close').addEventListener('click', closePanel);

$('new-form').addEventListener('submit', async e => {
  e.preventDefault();
  const name = $('new-name').value.trim();
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) { status(T.badName, true); return; }
  const r = await api('POST', '/api/new?' + q({ type: $('new-type').value, name }));
  const j = await r.json();
  if (!r.ok) { status(j.error === 'exists' ? T.exists : T.failed(j.error), true); return; }
  state = await (await api('GET', '/api/state')).json();
  fillLists();
  $('new-name').value = '';
  await open(j.path);
  status(T.created(j.path));
});

/** A small dialog; resolves to the index of the button chosen. With {@code input}, shows a text box. */
function ask(text, buttons, input) {
  return new Promise(resolve => {
    $('modal-text').textContent = text;
    const box = $('modal-input');
    box.hidden = input === undefined;
    box.value = input || '';
    $('modal-buttons').replaceChildren(...buttons.map((b, i) => {
      const el = document.createElement('button');
      el.type = 'button';
      el.textContent = b;
      el.dataset.choice = String(i);
      el.addEventListener('click', () => { $('modal').hidden = true; resolve(i); });
      return el;
    }));
    $('modal').hidden = false;
    if (input !== undefined) box.focus();
  });
}

window.addEventListener('beforeunload', e => { if (dirty()) e.preventDefault(); });

start().catch(e => status(T.failed(String(e)), true));
