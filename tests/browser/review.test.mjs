// The review page (`mtlint check --format html`) in headless Chromium: filters, accepting
// and rejecting, "accept all safe" against `mtlint check --fix`, hostile text, keyboard
// navigation and a 1 MB text with thousands of findings.
// Run: node --test tests/browser/  (scripts/test-all.sh installs Chromium and playwright-core).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import {
  ROOT, SEED, fixedByCli, jsonFindings, largeText, launch, open, report, scratch, write,
} from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

// Skips (outside CI) when Chromium or playwright-core is missing; launch() throws in CI.
function needBrowser(t) {
  if (!browser) t.skip('no browser');
  return Boolean(browser);
}

test('filter by a rule, accept one suggestion, reject another', async (t) => {
  if (!needBrowser(t)) return;
  const expected = jsonFindings(SEED);
  const { page, context, trouble } = await open(browser, report([SEED]));
  try {
    assert.equal(await page.locator('#list li[data-id]').count(), expected.length);

    // Filter: only wrong-term findings are listed and marked.
    const wrongTerm = expected.filter((f) => f.rule === 'wrong-term');
    assert.ok(wrongTerm.length > 0 && wrongTerm.length < expected.length);
    await page.selectOption('#filter-rule', 'wrong-term');
    assert.equal(await page.locator('#list li[data-id]').count(), wrongTerm.length);
    const markedRules = await page.$$eval('#text .mark[data-id]', (marks) => marks.map((m) => m.getAttribute('aria-label')));
    assert.ok(markedRules.length >= wrongTerm.length);
    assert.ok(markedRules.every((label) => label.includes(' wrong-term: ')), markedRules.join('\n'));

    // Accept the first: its text is struck through and the replacement shown after it.
    await page.locator('#list li[data-id] button').first().click();
    const first = wrongTerm[0];
    await assert.doesNotReject(page.waitForSelector('#detail .d-msg'));
    assert.equal(await page.textContent('#detail .d-msg'), first.message);
    await page.locator('#detail button.accept').first().click();
    const accepted = page.locator('#text .mark.accepted');
    assert.equal(await accepted.count(), 1);
    assert.equal(await accepted.first().textContent(), first.text);
    assert.equal(await page.locator('#text ins.repl').first().textContent(), first.suggestions[0].replacement);
    assert.match(await page.textContent('#counts'), /1 accepted · 0 rejected/);

    // Reject the second.
    await page.locator('#list li[data-id] button').nth(1).click();
    await page.locator('#detail button', { hasText: 'Reject' }).click();
    assert.equal(await page.locator('#text .mark.rejected').count(), 1);
    assert.match(await page.textContent('#counts'), /1 accepted · 1 rejected/);

    // The corrected text holds the accepted change only.
    const downloaded = await downloadCorrected(page);
    const original = readFileSync(SEED, 'utf8');
    const enc = new TextEncoder();
    const bytes = enc.encode(original);
    const dec = new TextDecoder();
    const want = dec.decode(bytes.slice(0, first.range.start)) + first.suggestions[0].replacement +
      dec.decode(bytes.slice(first.range.end));
    assert.equal(downloaded, want);
    assert.deepEqual(trouble, []);
  } finally {
    await context.close();
  }
});

test('accept all safe downloads exactly what mtlint check --fix writes', async (t) => {
  if (!needBrowser(t)) return;
  const { page, context, trouble } = await open(browser, report([SEED]));
  try {
    await page.click('#accept-safe');
    const downloaded = await downloadCorrected(page);
    const fixed = fixedByCli(SEED);
    assert.notEqual(fixed, readFileSync(SEED, 'utf8'), '--fix changes the seed');
    assert.equal(downloaded, fixed);
    // Copy gives the same text.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('#copy');
    await page.waitForFunction(() => document.getElementById('status').textContent.includes('copied'));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), fixed);
    assert.deepEqual(trouble, []);
  } finally {
    await context.close();
  }
});

test('accept all safe keeps a byte-order mark and CRLF line ends as --fix does', async (t) => {
  if (!needBrowser(t)) return;
  const dir = scratch();
  const crlf = write(dir, 'crlf.pt.txt', '\uFEFF' + readFileSync(SEED, 'utf8').replace(/\n/g, '\r\n'));
  const { page, context, trouble } = await open(browser, report([crlf], ['--lang', 'pt'], dir));
  try {
    await page.click('#accept-safe');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const downloaded = readFileSync(await download.path());
    const fixed = Buffer.from(fixedByCli(crlf, ['--lang', 'pt']), 'utf8');
    assert.ok(fixed.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'the BOM is kept by --fix');
    assert.ok(downloaded.equals(fixed), 'byte for byte');
    assert.deepEqual(trouble, []);
  } finally {
    await context.close();
  }
});

test('overlapping suggestions: the first in the text wins, as in fix.rs', async (t) => {
  if (!needBrowser(t)) return;
  // fix.rs's unit test overlapping_edits_keep_the_first, as page data: "abcdef" with
  // Safe edits 1..4 -> X, 2..5 -> Y and an insertion at 4 -> Z gives "aXZef".
  const dir = scratch();
  const real = readFileSync(report([SEED], [], dir), 'utf8');
  const data = JSON.parse(real.match(/id="mtlint-data">([^<]*)<\/script>/)[1]);
  const finding = (start, end, replacement) => ({
    rule: 'wrong-term', severity: 'error', start, end, line: 1, column: start + 1,
    message: `edit ${start}-${end}`,
    suggestions: [{ replacement, start, end, applicability: 'safe' }],
  });
  data.files = [{
    name: 'abc.txt', status: 'checked', lang: 'pt', text: 'abcdef',
    segments: [{ start: 0, end: 6 }],
    findings: [finding(1, 4, 'X'), finding(2, 5, 'Y'), finding(4, 4, 'Z')],
  }];
  const page_ = real.replace(/id="mtlint-data">[^<]*<\/script>/, () => `id="mtlint-data">${JSON.stringify(data)}</script>`);
  const path = write(dir, 'overlap.html', page_);
  const { page, context, trouble } = await open(browser, path);
  try {
    await page.click('#accept-safe');
    assert.equal(await downloadCorrected(page), 'aXZef');
    // The losing suggestion says why it is not applied.
    await page.locator('#list li[data-id] button').nth(1).click();
    assert.match(await page.textContent('#detail'), /Not applied: it overlaps/);
    await page.locator('#list li[data-id] button').nth(0).click();
    assert.doesNotMatch(await page.textContent('#detail'), /Not applied/);
    assert.deepEqual(trouble, []);
  } finally {
    await context.close();
  }
});

test('a clean text: no findings, nothing to accept, the text unchanged', async (t) => {
  if (!needBrowser(t)) return;
  const dir = scratch();
  const clean = write(dir, 'limpo.pt.txt', 'O ministro chegou a Wonsan, na Coreia do Norte.\n');
  const { page, context, trouble } = await open(browser, report([clean], ['--lang', 'pt'], dir));
  try {
    assert.match(await page.textContent('#counts'), /^0 findings/);
    await page.keyboard.press('j');
    await page.click('#accept-safe');
    assert.equal(await downloadCorrected(page), readFileSync(clean, 'utf8'));
    assert.deepEqual(trouble, []);
  } finally {
    await context.close();
  }
});

test('a finding in a bilingual file shows the source it translates', async (t) => {
  if (!needBrowser(t)) return;
  const dir = scratch();
  const po = write(dir, 'a.po', 'msgid "Lavrov arrived in Wonsan."\nmsgstr "Lavrov chegou a Wanson."\n');
  const { page, context, trouble } = await open(browser, report([po], ['--lang', 'pt'], dir));
  try {
    await page.locator('#list li[data-id] button').first().click();
    await page.waitForSelector('#detail .d-msg');
    const detail = await page.textContent('#detail');
    assert.match(detail, /Source/);
    assert.match(detail, /Lavrov arrived in Wonsan\./);
    assert.deepEqual(trouble, []);
  } finally {
    await context.close();
  }
});

// The first units of a real PO file whose msgid and msgstr are one quoted line each with
// no escape, as [source, target]: what the page must show side by side.
function simplePairs(po) {
  const pairs = [];
  const entry = /^msgid "([^"\\]+)"\nmsgstr "([^"\\]+)"$/gm;
  for (let m = entry.exec(po); m; m = entry.exec(po)) pairs.push([m[1], m[2]]);
  return pairs;
}

// The built pair rows: source, target and their boxes.
async function pairRows(page) {
  return page.$$eval('#text .line.pair:not(.pair-h)', (rows) => rows.map((row) => {
    const box = (node) => { const r = node.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
    const src = row.querySelector('.src');
    const tgt = row.querySelector('.lt');
    return { source: src.textContent, target: tgt.textContent, src: box(src), tgt: box(tgt) };
  }));
}

test('a real PO file: each source beside its target, stacked at phone width', async (t) => {
  if (!needBrowser(t)) return;
  const po = join(ROOT, 'tests', 'fixtures', 'formats', 'django-admin.pt_BR.po');
  const expected = simplePairs(readFileSync(po, 'utf8'));
  assert.ok(expected.length >= 20, `simple entries: ${expected.length}`);
  const path = report([po], ['--lang', 'pt-BR']);
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    const { page, context, trouble } = await open(browser, path, viewport);
    try {
      const rows = await pairRows(page);
      assert.ok(rows.length >= 20, `pair rows built: ${rows.length}`);
      let seen = 0;
      for (const [source, target] of expected) {
        const row = rows.find((r) => r.source === source);
        if (!row) continue; // not built yet (further down), or fuzzy and so not checked
        seen += 1;
        assert.equal(row.target, target, `the target of ${source}`);
        if (viewport.width > 760) {
          // Side by side: the source's column ends before the target's, on the same row.
          assert.ok(row.src.right <= row.tgt.left, `side by side: ${JSON.stringify(row)}`);
          assert.ok(row.src.top < row.tgt.bottom && row.tgt.top < row.src.bottom, 'on one row');
        } else {
          // Stacked: the source above its target.
          assert.ok(row.src.bottom <= row.tgt.top, `stacked: ${JSON.stringify(row)}`);
        }
      }
      assert.ok(seen >= 10, `simple entries found beside their targets: ${seen}`);
      // The page does not scroll sideways at phone width.
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(wide <= 1, `horizontal overflow: ${wide}px`);
      assert.deepEqual(trouble, []);
    } finally {
      await context.close();
    }
  }
  // Findings: real Apertium MT of wget's messages (tests/fixtures/source), whose
  // placeholders MT altered. The first finding (j) is marked inside a target cell, its
  // unit's source beside it; no mark in any source. (django-admin's human catalogue has
  // no finding left since Python placeholders count as code.)
  const mt = join(ROOT, 'tests', 'fixtures', 'source', 'placeholders.pt_BR.po');
  const { page, context, trouble } = await open(browser, report([mt], ['--lang', 'pt-BR']), { width: 1280, height: 900 });
  try {
    await page.keyboard.press('j');
    const current = page.locator('#text .pair .lt .mark.current');
    assert.ok(await current.count() > 0, 'the finding is marked in a target');
    const source = await current.first().evaluate((m) => m.closest('.pair').querySelector('.src').textContent);
    assert.ok(source.length > 0 && source !== 'no source', `its source: ${source}`);
    assert.equal(await page.locator('#text .src .mark').count(), 0);
    assert.deepEqual(trouble, []);
  } finally {
    await context.close();
  }
});

test('a hostile PO file and a text with --source: sources render as text', async (t) => {
  if (!needBrowser(t)) return;
  const dir = scratch();
  const payload = '<img src=x onerror="window.__pwned = 1; alert(1)"></textarea><script>window.__pwned = 1</script>';
  const po = write(dir, 'hostile.po', `msgid "${payload.replace(/"/g, '\\"')} Korea"\nmsgstr "A Coréia <b>do Norte</b>"\n`);
  const en = write(dir, 'a.en.txt', 'Lavrov arrived in Wonsan.\nThe talks ended.\n');
  const pt = write(dir, 'a.pt.txt', 'Lavrov chegou a Wanson.\nAs conversas terminaram.\n');
  for (const [files, args] of [[[po], ['--lang', 'pt']], [[pt], ['--lang', 'pt', '--source', en]]]) {
    const { page, context, trouble } = await open(browser, report(files, args, dir));
    try {
      const rows = await pairRows(page);
      if (files[0] === po) {
        assert.equal(rows.length, 1);
        assert.equal(rows[0].source, payload + ' Korea');
        assert.equal(rows[0].target, 'A Coréia <b>do Norte</b>');
      } else {
        assert.deepEqual(rows.map((r) => [r.source, r.target]), [
          ['Lavrov arrived in Wonsan.', 'Lavrov chegou a Wanson.'],
          ['The talks ended.', 'As conversas terminaram.'],
        ]);
      }
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.equal(await page.locator('img, textarea, #text b').count(), 0);
      assert.equal(await page.locator('script').count(), 2, 'only the data and the page script');
      assert.deepEqual(trouble, []);
    } finally {
      await context.close();
    }
  }
});

test('a hostile document and glossary render as text and run nothing', async (t) => {
  if (!needBrowser(t)) return;
  const dir = scratch();
  const payloads = [
    '<script>window.__pwned = 1; alert(1)</script>',
    '"><img src=x onerror="window.__pwned = 1; alert(1)">',
    '</textarea><svg onload="window.__pwned = 1">',
    '</script><script>window.__pwned = 1</script>',
    '<!-- <script>',
  ];
  const doc = write(dir, 'hostile.pt.txt',
    `A Coréia do Norte ${payloads[0]}\n${payloads[1]} e a Coréia.\n${payloads[2]}\n${payloads[3]}\n${payloads[4]}\n`);
  const glossary = write(dir, 'hostile.toml', [
    '[glossary]',
    `name = ${JSON.stringify(payloads[3])}`,
    'lang = "pt"',
    '',
    '[[term]]',
    'use = "Coreia"',
    'kind = "spelling"',
    'avoid = ["Coréia"]',
    `note = ${JSON.stringify(payloads.join(' '))}`,
    '',
  ].join('\n'));
  const path = report([doc], ['--no-default-glossaries', '--glossary', glossary, '--lang', 'pt'], dir);
  const { page, context, trouble } = await open(browser, path);
  try {
    // Every marked finding shown in the panel, the note with its payloads included.
    const count = await page.locator('#list li[data-id]').count();
    assert.ok(count >= 2, `findings listed: ${count}`);
    for (let i = 0; i < count; i++) {
      await page.locator('#list li[data-id] button').nth(i).click();
    }
    await page.click('#accept-safe');
    await page.waitForTimeout(200);
    const text = await page.textContent('#text');
    for (const payload of payloads) assert.ok(text.includes(payload), `shown as text: ${payload}`);
    assert.ok((await page.textContent('#detail')).includes(payloads[1]), 'the note is shown as text');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('img, textarea, svg[onload], iframe').count(), 0);
    assert.equal(await page.locator('script').count(), 2, 'only the data and the page script');
    assert.deepEqual(trouble, []);
  } finally {
    await context.close();
  }
});

test('keyboard: j/k move the focus between findings, a accepts, r rejects', async (t) => {
  if (!needBrowser(t)) return;
  const expected = jsonFindings(SEED);
  const { page, context, trouble } = await open(browser, report([SEED]));
  try {
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      return el && el.classList.contains('mark') ? Number(el.dataset.id) : null;
    });
    await page.keyboard.press('j');
    assert.equal(await focused(), 0);
    assert.equal(await page.textContent('#detail .d-msg'), expected[0].message);
    await page.keyboard.press('j');
    await page.keyboard.press('n');
    assert.equal(await focused(), 2);
    await page.keyboard.press('k');
    assert.equal(await focused(), 1);
    // The focused mark is visibly outlined.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.equal(outline, 'solid');
    await page.keyboard.press('r');
    assert.equal(await focused(), 1, 'focus stays on the finding');
    assert.ok(await page.locator('#text .mark[data-id="1"]').first().evaluate((m) => m.classList.contains('rejected')));
    await page.keyboard.press('p');
    assert.equal(await focused(), 0);
    await page.keyboard.press('a');
    assert.match(await page.textContent('#counts'), /1 accepted · 1 rejected/);
    await page.keyboard.press('u');
    assert.match(await page.textContent('#counts'), /0 accepted · 1 rejected/);
    assert.deepEqual(trouble, []);
  } finally {
    await context.close();
  }
});

test('many files in one report: file list, file filter, a failed file explained', async (t) => {
  if (!needBrowser(t)) return;
  const dir = scratch();
  const second = write(dir, 'segundo.pt.txt', 'O líder norte -coreano visitou a Coréia do Sul.\n');
  const missing = dir + '/missing.txt';
  // A file that cannot be read makes the exit code 2; the report still shows the others.
  const path = report([SEED, second, missing], ['--lang', 'pt'], dir, { allowErrors: true });
  const { page, context, trouble } = await open(browser, path);
  try {
    assert.equal(await page.locator('#files li').count(), 3);
    assert.equal(await page.locator('#text section.file').count(), 3);
    assert.match(await page.textContent('#text'), /missing\.txt/);
    await page.locator('#files button', { hasText: 'segundo.pt.txt' }).click();
    assert.equal(await page.locator('#text section.file:visible').count(), 1);
    const listed = await page.locator('#list li[data-id]').count();
    assert.equal(listed, jsonFindings(second, ['--lang', 'pt']).length);
    assert.ok(listed > 0);
    assert.deepEqual(trouble, []);
  } finally {
    await context.close();
  }
});

test('a 1 MB text with 5,000 findings opens and scrolls', async (t) => {
  if (!needBrowser(t)) return;
  const dir = scratch();
  const big = write(dir, 'big.pt.txt', largeText(1 << 20));
  const path = report([big], ['--lang', 'pt'], dir);
  const { page, context, trouble } = await open(browser, path);
  try {
    const listed = await page.textContent('#list-count');
    const total = Number(listed.replace(/\D/g, ''));
    assert.ok(total >= 5000, `findings: ${total}`);
    const timing = await page.evaluate(() => ({
      ready: Number(document.documentElement.dataset.ready),
      load: performance.getEntriesByType('navigation')[0].loadEventEnd,
      nodes: document.getElementsByTagName('*').length,
    }));
    // Lazy rendering: far fewer elements than findings and lines.
    assert.ok(timing.nodes < 10000, `elements at open: ${timing.nodes}`);
    // Scroll to the end, then step to the previous finding from the last: still responsive.
    const started = Date.now();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.keyboard.press('k');
    const id = await page.evaluate(() => Number(document.activeElement.dataset.id));
    assert.equal(id, total - 1);
    await page.click('#accept-safe');
    const interaction = Date.now() - started;
    console.log(`# large report: ${statSync(path).size} bytes, ${total} findings, ready ${timing.ready} ms, load event ${Math.round(timing.load)} ms, ${timing.nodes} elements at open, scroll+keys+accept-all ${interaction} ms`);
    // Thousands of safe edits, and still exactly what --fix writes.
    assert.equal(await downloadCorrected(page), fixedByCli(big, ['--lang', 'pt']));
    assert.deepEqual(trouble, []);
  } finally {
    await context.close();
  }
});

test('a long text without line breaks is shown in rows, built a chunk at a time', async (t) => {
  if (!needBrowser(t)) return;
  const dir = scratch();
  const oneLine = largeText(300 * 1024).replace(/\n/g, ' ') + '\n';
  const file = write(dir, 'one-line.pt.txt', oneLine);
  const { page, context, trouble } = await open(browser, report([file], ['--lang', 'pt'], dir));
  try {
    const rows = await page.$$eval('#text .line', (lines) => lines.map((l) => ({
      number: l.querySelector('.ln').textContent,
      text: l.querySelector('.lt').textContent,
    })));
    assert.equal(rows[0].number, '1');
    assert.ok(rows.length > 1 && rows.length < 60, `rows built at open: ${rows.length}`);
    assert.ok(rows.slice(1).every((r) => r.number === ''), 'continuation rows carry no number');
    // Rows are cut at spaces, and together they are the text as written (no replacement
    // is accepted yet, so no inserted text).
    const joined = rows.map((r) => r.text).join('');
    assert.ok(rows.every((r) => r.text.length <= 2000));
    assert.ok(oneLine.startsWith(joined), 'the rows are the text, in order');
    await page.click('#accept-safe');
    assert.equal(await downloadCorrected(page), fixedByCli(file, ['--lang', 'pt']));
    assert.deepEqual(trouble, []);
  } finally {
    await context.close();
  }
});

// Clicks "Download corrected" and returns the downloaded file's text.
async function downloadCorrected(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}
