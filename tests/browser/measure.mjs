// The review page of a 1 MB text with about 5,000 findings: its size, its time to open in
// headless Chromium, and the longest task while scrolling through it. For BENCHMARKS.md:
//   cargo build && node tests/browser/measure.mjs [runs] [one-line|po]
// With `one-line`, the text's line breaks become spaces: one 1 MB line. With `po`, the
// first MiB of real Debian pt_BR catalogues (target/formats/corpus.po, made by
// `bash scripts/formats/fetch.sh`), cut at an entry's end: the page shows source beside
// target, one row per message.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, largeText, launch, open, report, scratch, write } from './support.mjs';

const runs = Number(process.argv[2] || 5);
const dir = scratch();
const mode = process.argv[3] || 'lines';
const oneLine = mode === 'one-line';

function poText(bytes) {
  const corpus = readFileSync(join(ROOT, 'target', 'formats', 'corpus.po'));
  const end = corpus.indexOf('\n\n', bytes);
  return corpus.subarray(0, end === -1 ? corpus.length : end + 1).toString('utf8');
}

const text = mode === 'po' ? poText(1 << 20)
  : oneLine ? largeText(1 << 20).replace(/\n/g, ' ') + '\n' : largeText(1 << 20);
const big = write(dir, mode === 'po' ? 'big.po' : 'big.pt.txt', text);
const path = report([big], mode === 'po' ? ['--lang', 'pt-BR'] : ['--lang', 'pt'], dir);
const browser = await launch();
if (!browser) process.exit(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const ready = [];
  const load = [];
  const longest = [];
  let findings = 0;
  let nodes = 0;
  for (let i = 0; i < runs; i++) {
    const { page, context, trouble } = await open(browser, path);
    const t = await page.evaluate(() => ({
      ready: Number(document.documentElement.dataset.ready),
      load: performance.getEntriesByType('navigation')[0].loadEventEnd,
      nodes: document.getElementsByTagName('*').length,
      findings: Number(document.getElementById('list-count').textContent.replace(/\D/g, '')),
    }));
    // Scroll to the end in 40 steps, a frame after each; record the longest task.
    const worst = await page.evaluate(async () => {
      const tasks = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
      observer.observe({ type: 'longtask', buffered: false });
      const height = document.body.scrollHeight;
      for (let step = 1; step <= 40; step++) {
        window.scrollTo(0, (height * step) / 40);
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      }
      await new Promise((done) => setTimeout(done, 100));
      observer.disconnect();
      return tasks.length ? Math.max(...tasks) : 0;
    });
    if (trouble.length) throw new Error(trouble.join('\n'));
    ready.push(t.ready);
    load.push(t.load);
    longest.push(worst);
    findings = t.findings;
    nodes = t.nodes;
    await context.close();
  }
  const version = browser.version();
  const shape = oneLine ? ' on one line' : mode === 'po' ? ' of PO' : '';
  console.log(`text ${Buffer.byteLength(text)} bytes${shape}, ${findings} findings; page ${statSync(path).size} bytes`);
  console.log(`Chromium ${version}, ${runs} runs: ready (script done) median ${median(ready)} ms, max ${Math.max(...ready)} ms; load event median ${Math.round(median(load))} ms; ${nodes} elements at open; longest task while scrolling to the end: median ${Math.round(median(longest))} ms, max ${Math.round(Math.max(...longest))} ms`);
} finally {
  await browser.close();
}
