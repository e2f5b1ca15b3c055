// Screenshots of the review page for the README: the seed article's (docs/review-desktop.png,
// 1280 wide, and docs/review-phone.png, 390 wide) and a real PO file's, source beside
// target (docs/review-po-desktop.png, docs/review-po-phone.png). Run after `cargo build`:
//   node tests/browser/screenshots.mjs
import { join } from 'node:path';

import { ROOT, launch, open, report, scratch } from './support.mjs';

const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };
// The seed: a reviewer at work, one suggestion accepted, the next finding selected. The PO
// file (Django's admin catalogue, tests/fixtures/formats): its first finding selected.
const SEED_KEYS = ['j', 'j', 'j', 'j', 'a', 'j'];
const SHOTS = [
  { file: 'review-desktop.png', viewport: DESKTOP, input: 'seed', keys: SEED_KEYS },
  { file: 'review-phone.png', viewport: PHONE, input: 'seed', keys: SEED_KEYS },
  { file: 'review-po-desktop.png', viewport: DESKTOP, input: 'po', keys: ['j'], centre: true },
  { file: 'review-po-phone.png', viewport: PHONE, input: 'po', keys: ['j'], centre: true },
];

const browser = await launch();
if (!browser) process.exit(1);
try {
  // Named as a user in the repository would name them.
  const paths = {
    seed: report(['tests/fixtures/lavrov-wonsan.pt.txt'], [], scratch(), { cwd: ROOT }),
    po: report(['tests/fixtures/formats/django-admin.pt_BR.po'], ['--lang', 'pt-BR'], scratch(), { cwd: ROOT }),
  };
  for (const shot of SHOTS) {
    const { page, context, trouble } = await open(browser, paths[shot.input], shot.viewport);
    for (const key of shot.keys) await page.keyboard.press(key);
    // The seed from its top; the PO file where its finding is (j scrolled it to the centre).
    if (!shot.centre) await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(ROOT, 'docs', shot.file) });
    if (trouble.length) throw new Error(trouble.join('\n'));
    await context.close();
    console.log(`docs/${shot.file}`);
  }
} finally {
  await browser.close();
}
