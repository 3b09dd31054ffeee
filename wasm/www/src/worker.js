// The program runs here, in fuel slices: between two slices the worker
// reads its messages, so Stop answers at once and a loop that never ends
// never blocks the page.
import init, { Session } from '../../pkg/omx_wasm.js';

// A slice is sized to take about this long.
const SLICE_MS = 8;
let fuel = 20000;
let session = null;
let sessionLang = null;
let running = null; // {id}
const decoders = { out: new TextDecoder(), err: new TextDecoder() };

function seed() {
  const words = new Uint32Array(2);
  crypto.getRandomValues(words);
  return words;
}

function sessionFor(lang) {
  if (!session || sessionLang !== lang) {
    if (session) session.free();
    const [hi, lo] = seed();
    session = new Session(lang, hi, lo);
    sessionLang = lang;
  }
  return session;
}

function drain(s) {
  const stdout = decoders.out.decode(s.takeStdout(), { stream: true });
  const stderr = decoders.err.decode(s.takeStderr(), { stream: true });
  if (stdout || stderr) postMessage({ type: 'output', stdout, stderr });
}

// Yield to the message queue (setTimeout(0) is clamped to 4 ms).
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()();
const yieldNow = () => new Promise((resolve) => { waiting.push(resolve); channel.port2.postMessage(0); });

async function run({ id, lang, name, source }) {
  const s = sessionFor(lang);
  s.reset();
  const syntax = s.load(name, source);
  if (syntax) {
    postMessage({ type: 'done', id, status: 'syntax', syntax });
    return;
  }
  running = { id, stop: false };
  const started = performance.now();
  for (;;) {
    const t0 = performance.now();
    const status = s.step(fuel);
    const dt = performance.now() - t0;
    if (dt < SLICE_MS / 2 && fuel < 5e7) fuel *= 2;
    else if (dt > SLICE_MS * 2 && fuel > 1000) fuel = Math.floor(fuel / 2);
    drain(s);
    if (status !== 'running') {
      running = null;
      postMessage({ type: 'done', id, status, steps: s.steps(), ms: performance.now() - started });
      return;
    }
    await yieldNow();
    if (running.stop) {
      running = null;
      postMessage({ type: 'done', id, status: 'stopped', steps: s.steps(), ms: performance.now() - started });
      return;
    }
  }
}

function ask({ id, kind, lang, expr }) {
  const s = sessionFor(lang);
  try {
    const answer = kind === 'explain' ? s.explain(expr).text : s.graph(expr);
    drain(s);
    postMessage({ type: 'answer', id, kind, answer });
  } catch (e) {
    drain(s);
    postMessage({ type: 'answer', id, kind, error: String(e.message || e) });
  }
}

onmessage = ({ data }) => {
  if (data.type === 'stop') {
    if (running) running.stop = true;
  } else if (data.type === 'run') {
    run(data).catch((e) => postMessage({ type: 'done', id: data.id, status: 'crash', message: String(e) }));
  } else if (data.type === 'ask') {
    ask(data);
  }
};

// Start-up: the wasm module is compiled while it downloads; a worker that
// replaces another (after Stop) is handed the page's copy instead.
const clock = () => performance.timeOrigin + performance.now();
const timing = { start: clock() };

async function compile() {
  const url = new URL('omx_wasm_bg.wasm', import.meta.url);
  try {
    return await WebAssembly.compileStreaming(fetch(url));
  } catch {
    // A server that does not say application/wasm.
    return WebAssembly.compile(await (await fetch(url)).arrayBuffer());
  }
}

function start(modulePromise) {
  modulePromise.then(async (module) => {
    timing.compiled = clock();
    await init({ module_or_path: module });
    timing.ready = clock();
    postMessage({ type: 'ready', module, timing });
  }).catch((e) => postMessage({ type: 'failed', message: String(e) }));
}

if (self.name === 'module-from-page') {
  const first = onmessage;
  onmessage = (event) => {
    onmessage = first;
    start(Promise.resolve(event.data.module));
  };
} else {
  start(compile());
}
