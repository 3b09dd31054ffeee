// Headless Chromium (Debian's /usr/bin/chromium, or CHROMIUM) on a local
// static server of DIST, shared by the browser tests and tests/tti.mjs.
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

export async function launch(dist) {
  const server = await serve(dist);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { server, base, browser };
}
