// Shared by the review page's browser tests and the screenshot script: the mtlint binary,
// report generation, and a headless Chromium from Debian driven by playwright-core.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEED = join(ROOT, 'tests', 'fixtures', 'lavrov-wonsan.pt.txt');
export const BIN = process.env.MTLINT_BIN || join(ROOT, 'target', 'debug', 'mtlint');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// The launch flags that work on this kind of machine (no sandbox as root, no GPU, nothing
// fetched in the background).
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function scratch(prefix = 'mtlint-browser-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

// Runs mtlint with `args`; exit codes 0 and 1 (findings) are success, and 2 (a file could
// not be checked) too with `allowErrors`.
export function mtlint(args, options = {}) {
  const { allowErrors, ...spawnOptions } = options;
  const run = spawnSync(BIN, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...spawnOptions });
  if (run.error) throw run.error;
  const ok = allowErrors ? [0, 1, 2] : [0, 1];
  if (!ok.includes(run.status)) {
    throw new Error(`mtlint ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  }
  return run;
}

// Writes the HTML report of `files` (extra mtlint arguments in `args`); returns its path.
// `options.cwd` runs it elsewhere (file names are reported as given).
export function report(files, args = [], dir = scratch(), options = {}) {
  const out = join(dir, 'report.html');
  mtlint(['check', '--format', 'html', '-o', out, ...args, ...files], options);
  return out;
}

// The findings of `file` as `--format json` gives them.
export function jsonFindings(file, args = []) {
  return JSON.parse(mtlint(['check', '--format', 'json', ...args, file]).stdout).findings;
}

// What `mtlint check --fix` writes over a copy of `file`.
export function fixedByCli(file, args = []) {
  const dir = scratch('mtlint-fix-');
  const copy = join(dir, file.split('/').pop());
  copyFileSync(file, copy);
  mtlint(['check', '--fix', ...args, copy]);
  return readFileSync(copy, 'utf8');
}

// Chromium through playwright-core, or null when either is missing and CI is not set
// (the caller skips); with CI set a missing tool is an error.
export async function launch() {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    return missing(`playwright-core is not installed (scripts/test-all.sh installs it): ${e.message}`);
  }
  if (!existsSync(CHROMIUM)) return missing(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  if (!existsSync(BIN)) throw new Error(`no mtlint binary at ${BIN}: run cargo build first`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

function missing(why) {
  if (process.env.CI) throw new Error(why);
  console.log(`# skipped: ${why}`);
  return null;
}

// A page on the report at `path`, failing the test on any dialog or page error.
export async function open(browser, path, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const trouble = [];
  page.on('dialog', async (dialog) => {
    trouble.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('file:') && !url.startsWith('blob:') && !url.startsWith('data:')) {
      trouble.push(`request: ${url}`);
    }
  });
  await page.goto('file://' + path);
  await page.waitForSelector('html[data-ready]');
  return { page, context, trouble };
}

// A text of at least `bytes` bytes: the seed article alternating with human-translated
// news (tests/fixtures/ntrex-dev, CC BY-SA 4.0), about one finding every 200 bytes.
export function largeText(bytes) {
  const seed = readFileSync(SEED, 'utf8');
  const news = readFileSync(join(ROOT, 'tests', 'fixtures', 'ntrex-dev', 'ref.pt-BR.txt'), 'utf8').split('\n');
  const parts = [];
  let size = 0;
  let line = 0;
  while (size < bytes) {
    const chunk = [];
    let chunkSize = 0;
    while (chunkSize < 2600) {
      const next = news[line % news.length];
      line += 1;
      chunk.push(next);
      chunkSize += Buffer.byteLength(next) + 1;
    }
    const piece = seed + chunk.join('\n') + '\n';
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return parts.join('');
}

export function write(dir, name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

export { execFileSync };
