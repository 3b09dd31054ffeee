// The playground page: editor, language and example menus, Run/Stop
// (the program runs in a worker), output, syntax errors underlined,
// Explain, Graph, and share links (#lang=...&code=... in the fragment).
import { EditorView, basicSetup } from 'codemirror';
import { Compartment, EditorState } from '@codemirror/state';
import { StreamLanguage } from '@codemirror/language';
import { lua } from '@codemirror/legacy-modes/mode/lua';
import { perl } from '@codemirror/legacy-modes/mode/perl';
import { setDiagnostics } from '@codemirror/lint';
import { EXAMPLES } from './examples.js';
import { drawGraph } from './graph.js';

const $ = (id) => document.getElementById(id);
const EXT = { lua: 'lua', python: 'py', js: 'js', perl: 'pl' };
// Lua's and Perl's (small stream modes) are in this bundle; the Python and
// JavaScript grammars (a fifth of it) load when first chosen, so they do
// not delay the page.
const SYNTAX = {
  lua: async () => StreamLanguage.define(lua),
  python: async () => (await import('@codemirror/lang-python')).python(),
  js: async () => (await import('@codemirror/lang-javascript')).javascript(),
  perl: async () => StreamLanguage.define(perl),
};
// If the worker has not answered Stop after this long (a slice that
// runs long), it is replaced: the page never waits on a running program.
const STOP_GRACE_MS = 250;

const languageConf = new Compartment();
const view = new EditorView({
  parent: $('editor'),
  state: EditorState.create({
    doc: '',
    extensions: [basicSetup, languageConf.of(StreamLanguage.define(lua)),
      EditorView.updateListener.of((u) => { if (u.docChanged) clearSyntaxError(); })],
  }),
});

let lang = 'lua';
let worker = null;
let ready = false;
let nextId = 1;
let current = null; // the run in progress: {id}
const pending = new Map(); // ask id -> callback

function setStatus(text) { $('status').textContent = text; }

// The compiled wasm module, once a worker has it: a worker that replaces
// one (after Stop) gets it instead of fetching and compiling it again.
let wasmModule = null;
let bootTiming = null;

function startWorker() {
  ready = false;
  $('run').disabled = true;
  const boot = window.omxBoot;
  if (boot) {
    // The first worker, started by index.html before this bundle loaded
    // (so the wasm downloads and compiles while the editor is set up).
    window.omxBoot = null;
    bootTiming = boot;
    worker = boot.worker;
    for (const m of boot.messages) onWorker(m);
  } else if (wasmModule) {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'module-from-page' });
    worker.postMessage({ type: 'module', module: wasmModule });
  } else {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  }
  worker.onmessage = ({ data }) => onWorker(data);
  worker.onerror = (e) => setStatus(`worker failed: ${e.message}`);
}

function onWorker(m) {
  if (m.type === 'ready') {
    ready = true;
    wasmModule = m.module;
    $('run').disabled = false;
    $('run').textContent = 'Run';
    if (!window.omxReadyAt) {
      window.omxReadyAt = performance.now();
      // Worker times on this page's clock, for tests/tti.mjs.
      const at = (t) => Math.round(t - performance.timeOrigin);
      window.omxTiming = {
        wasmCompiled: Math.round(bootTiming ? bootTiming.compiled : at(m.timing.compiled)),
        workerStart: at(m.timing.start),
        wasmReady: at(m.timing.ready),
      };
    }
    setStatus('ready');
  } else if (m.type === 'failed') {
    setStatus(`could not load omx: ${m.message}`);
  } else if (m.type === 'output') {
    if (current) appendOutput(m.stdout, m.stderr);
  } else if (m.type === 'done') {
    if (!current || current.id !== m.id) return;
    finishRun(m);
  } else if (m.type === 'answer') {
    const cb = pending.get(m.id);
    pending.delete(m.id);
    if (cb) cb(m);
  }
}

function appendOutput(stdout, stderr) {
  const out = $('output');
  if (stdout) out.append(document.createTextNode(stdout));
  if (stderr) {
    const span = document.createElement('span');
    span.className = 'stderr';
    span.textContent = stderr;
    out.append(span);
  }
  out.scrollTop = out.scrollHeight;
}

function running(on) {
  $('run').disabled = on || !ready;
  $('stop').disabled = !on;
  document.body.dataset.state = on ? 'running' : 'idle';
}

function run() {
  if (!ready) return;
  clearSyntaxError();
  clearAnswers();
  $('output').textContent = '';
  const id = nextId++;
  current = { id, started: performance.now() };
  running(true);
  setStatus('running…');
  worker.postMessage({ type: 'run', id, lang, name: `main.${EXT[lang]}`, source: view.state.doc.toString() });
}

function finishRun(m) {
  current = null;
  running(false);
  if (m.status === 'syntax') {
    showSyntaxError(m.syntax);
    setStatus('syntax error');
  } else if (m.status === 'crash') {
    setStatus(`omx crashed: ${m.message}`);
    startWorker();
  } else {
    const steps = m.steps ? `, ${m.steps.toLocaleString('en')} steps` : '';
    setStatus(`${m.status} (${Math.round(m.ms)} ms${steps})`);
  }
  document.body.dataset.lastRun = m.status;
}

function stop() {
  if (!current) return;
  const id = current.id;
  worker.postMessage({ type: 'stop' });
  // The page answers now; the worker confirms between two slices.
  running(false);
  setStatus('stopping…');
  setTimeout(() => {
    if (current && current.id === id) {
      worker.terminate();
      for (const cb of pending.values()) cb({ error: 'stopped' });
      pending.clear();
      finishRun({ status: 'stopped', ms: performance.now() - current.started });
      startWorker();
    }
  }, STOP_GRACE_MS);
}

function showSyntaxError(e) {
  const len = view.state.doc.length;
  const from = Math.min(e.from, len);
  const to = Math.min(Math.max(e.to, from + 1), len);
  view.dispatch(setDiagnostics(view.state, [{ from: Math.max(0, Math.min(from, to - 1)), to, severity: 'error',
    message: e.label ? `${e.message} (${e.label})` : e.message }]));
  const box = $('syntax-error');
  box.textContent = `line ${e.line}, column ${e.column}: ${e.message}${e.help ? `\nhelp: ${e.help}` : ''}`;
  box.hidden = false;
}

// Explanations and graphs describe the globals of the program run last.
function clearAnswers() {
  $('explain').textContent = '';
  $('graph').textContent = '';
}

function clearSyntaxError() {
  if (!$('syntax-error').hidden) {
    $('syntax-error').hidden = true;
    view.dispatch(setDiagnostics(view.state, []));
  }
}

function ask(kind, expr) {
  return new Promise((resolve) => {
    if (!ready || current) {
      resolve({ error: current ? 'the program is still running' : 'omx is loading' });
      return;
    }
    const id = nextId++;
    pending.set(id, resolve);
    worker.postMessage({ type: 'ask', id, kind, lang, expr });
  });
}

async function explain(ev) {
  ev?.preventDefault();
  const expr = $('explain-expr').value.trim();
  if (!expr) return;
  const m = await ask('explain', expr);
  $('explain').textContent = m.error ? `error: ${m.error}` : m.answer;
}

async function graph(ev) {
  ev?.preventDefault();
  const expr = $('graph-expr').value.trim();
  if (!expr) return;
  const m = await ask('graph', expr);
  const pane = $('graph');
  pane.textContent = '';
  if (m.error) {
    const div = document.createElement('div');
    div.className = 'error';
    div.textContent = `error: ${m.error}`;
    pane.append(div);
  } else {
    pane.append(drawGraph(JSON.parse(m.answer)));
  }
}

function setLanguage(l) {
  lang = l;
  $('lang').value = l;
  SYNTAX[l]().then((syntax) => {
    if (lang === l) view.dispatch({ effects: languageConf.reconfigure(syntax) });
  });
}

function setCode(code) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
}

function loadExample(file) {
  const ex = EXAMPLES.find((e) => e.file === file);
  if (!ex) return;
  setLanguage(ex.lang);
  setCode(ex.source);
  clearAnswers();
  $('explain-expr').value = ex.explain;
  $('graph-expr').value = ex.graph;
  $('examples').value = file;
}

// Share links: the code as base64url of its UTF-8 bytes.
function encode(text) {
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function decode(b64) {
  const bin = atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

function shareLink() {
  const url = new URL(location.href);
  url.hash = `lang=${lang}&code=${encode(view.state.doc.toString())}`;
  history.replaceState(null, '', url);
  navigator.clipboard?.writeText(url.href).catch(() => {});
  setStatus('share link in the address bar');
  return url.href;
}

function fromFragment() {
  const params = new URLSearchParams(location.hash.slice(1));
  const l = params.get('lang');
  const code = params.get('code');
  if (!code || !SYNTAX[l]) return false;
  try {
    setLanguage(l);
    setCode(decode(code));
    return true;
  } catch {
    setStatus('the share link is damaged');
    return false;
  }
}

for (const ex of EXAMPLES) {
  const o = document.createElement('option');
  o.value = ex.file;
  o.textContent = ex.title;
  $('examples').append(o);
}
$('examples').onchange = (e) => loadExample(e.target.value);
$('lang').onchange = (e) => {
  setLanguage(e.target.value);
  $('examples').value = '';
};
$('run').onclick = run;
$('stop').onclick = stop;
$('share').onclick = shareLink;
$('explain-form').onsubmit = explain;
$('graph-form').onsubmit = graph;
window.addEventListener('hashchange', fromFragment);
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') run();
});

if (!fromFragment()) loadExample('dog.lua');
startWorker();
// For the browser tests.
window.omx = { view, shareLink, examples: EXAMPLES.map(({ file, lang: l, explain: x, graph: g }) => ({ file, lang: l, explain: x, graph: g })) };
