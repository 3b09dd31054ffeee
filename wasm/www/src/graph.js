// Draw an omx-graph/1 document (what `omx graph --json` prints) as SVG:
// one box per object (its name, then its fields), columns by distance
// from the root, and an arrow per edge labelled as the essay labels them
// (metatable, __index, [[Prototype]], blessed into ...).

const NS = 'http://www.w3.org/2000/svg';
const CHAR_W = 7.3;
const LINE_H = 17;
const PAD = 6;
const COL_GAP = 110;
const ROW_GAP = 26;
const MAX_TEXT = 44;

function el(name, attrs, parent) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (parent) parent.appendChild(e);
  return e;
}

const clip = (s) => (s.length > MAX_TEXT ? s.slice(0, MAX_TEXT - 1) + '…' : s);

export function drawGraph(graph) {
  const nodes = graph.nodes.map((n, i) => {
    const lines = n.fields.map((f) => clip(`${f.key} = ${f.value}`));
    if (n.more) lines.push(`… ${n.more} more`);
    const title = clip(n.object.text);
    const w = Math.max(title.length, ...lines.map((l) => l.length), 6) * CHAR_W + 2 * PAD;
    const h = LINE_H * (1 + lines.length) + PAD;
    return { i, title, lines, w, h, depth: i === 0 ? 0 : Infinity };
  });
  // Columns: breadth-first distance from the root (node 0).
  const queue = [0];
  while (queue.length) {
    const at = queue.shift();
    for (const e of graph.edges) {
      if (e.from === at && nodes[e.to].depth === Infinity) {
        nodes[e.to].depth = nodes[at].depth + 1;
        queue.push(e.to);
      }
    }
  }
  const columns = [];
  for (const n of nodes) {
    if (n.depth === Infinity) n.depth = columns.length;
    (columns[n.depth] ||= []).push(n);
  }
  let x = 10;
  let height = 0;
  for (const col of columns) {
    if (!col) continue;
    let y = 10;
    const width = Math.max(...col.map((n) => n.w));
    for (const n of col) {
      n.x = x;
      n.y = y;
      y += n.h + ROW_GAP;
    }
    height = Math.max(height, y);
    x += width + COL_GAP;
  }
  const svg = el('svg', { xmlns: NS, width: x, height: height + 10, role: 'img' });
  const defs = el('defs', {}, svg);
  const marker = el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5,
    markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, defs);
  el('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#8a3b12' }, marker);

  const edgesLayer = el('g', {}, svg);
  const drawn = new Map();
  for (const e of graph.edges) {
    const a = nodes[e.from];
    const b = nodes[e.to];
    const g = el('g', { class: 'edge' }, edgesLayer);
    // Several edges between the same two boxes fan out vertically.
    const key = `${e.from}-${e.to}`;
    const k = drawn.get(key) || 0;
    drawn.set(key, k + 1);
    const off = 12 + k * 14;
    let d;
    let lx;
    let ly;
    if (e.from === e.to) {
      const x1 = a.x + a.w;
      const y1 = a.y + off;
      d = `M${x1},${y1} c40,-20 40,30 0,${LINE_H}`;
      lx = x1 + 34;
      ly = y1 + 4;
    } else if (b.x > a.x) {
      const x1 = a.x + a.w;
      const y1 = a.y + off;
      const x2 = b.x;
      const y2 = b.y + LINE_H / 2 + k * 6;
      const mid = (x1 + x2) / 2;
      d = `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
      // The label sits on the edge's first stretch, where the fanned-out
      // edges between two boxes are still apart.
      lx = x1 + 6 + e.label.length * CHAR_W / 2;
      ly = y1 - 6;
    } else {
      // Back (or same-column) edges loop round below the boxes' left side.
      const x1 = a.x;
      const y1 = a.y + off;
      const x2 = b.x;
      const y2 = b.y + LINE_H / 2;
      const bend = Math.min(x1, x2) - 40 - k * 10;
      d = `M${x1},${y1} C${bend},${y1} ${bend},${y2} ${x2},${y2}`;
      lx = bend + 20;
      ly = (y1 + y2) / 2;
    }
    el('path', { d, 'marker-end': 'url(#arrow)' }, g);
    const t = el('text', { x: lx, y: ly, 'text-anchor': 'middle' }, g);
    t.textContent = e.label;
  }
  for (const n of nodes) {
    const g = el('g', { class: 'node', transform: `translate(${n.x},${n.y})` }, svg);
    el('rect', { class: 'box', width: n.w, height: n.h, rx: 4 }, g);
    el('rect', { class: 'head', width: n.w, height: LINE_H + 2, rx: 4 }, g);
    const title = el('text', { x: PAD, y: LINE_H - 4, 'font-weight': 'bold' }, g);
    title.textContent = n.title;
    n.lines.forEach((line, j) => {
      const t = el('text', { x: PAD, y: LINE_H * (j + 2) - 2 }, g);
      t.textContent = line;
    });
  }
  return svg;
}
