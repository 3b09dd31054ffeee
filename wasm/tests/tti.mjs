// Time to interactive of the built page, measured N times in fresh browser
// contexts, with the page's own breakdown (window.omxTiming).
// Usage: node tests/tti.mjs DIST [N]
import path from 'node:path';
import { launch } from './launch.mjs';

const dist = path.resolve(process.argv[2] || 'dist');
const n = Number(process.argv[3] || 5);
const { server, base, browser } = await launch(dist);
const all = [];
for (let i = 0; i < n; i++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForFunction(() => window.omxReadyAt, null, { timeout: 20000 });
  const t = await page.evaluate(() => {
    const r = {};
    for (const e of performance.getEntriesByType('resource')) {
      r[e.name.split('/').pop()] = `${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`;
    }
    const nav = performance.getEntriesByType('navigation')[0];
    return { ready: Math.round(window.omxReadyAt), domInteractive: Math.round(nav.domInteractive),
      resources: r, worker: window.omxTiming || null };
  });
  all.push(t.ready);
  console.log(JSON.stringify(t));
  await context.close();
}
all.sort((a, b) => a - b);
console.log(`time to interactive over ${n} loads: min ${all[0]} ms, median ${all[n >> 1]} ms, max ${all[n - 1]} ms`);
await browser.close();
server.close();
