// Screenshots of the seed article's review page for the README: docs/review-desktop.png
// (1280 wide) and docs/review-phone.png (390 wide). Run after `cargo build`:
//   node tests/browser/screenshots.mjs
import { join } from 'node:path';

import { ROOT, launch, open, report, scratch } from './support.mjs';

const SHOTS = [
  { file: 'review-desktop.png', viewport: { width: 1280, height: 860 } },
  { file: 'review-phone.png', viewport: { width: 390, height: 844 } },
];

const browser = await launch();
if (!browser) process.exit(1);
try {
  // Named as a user in the repository would name it.
  const path = report(['tests/fixtures/lavrov-wonsan.pt.txt'], [], scratch(), { cwd: ROOT });
  for (const shot of SHOTS) {
    const { page, context, trouble } = await open(browser, path, shot.viewport);
    // A reviewer at work: one suggestion accepted, the next finding selected.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await page.keyboard.press('j');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(ROOT, 'docs', shot.file) });
    if (trouble.length) throw new Error(trouble.join('\n'));
    await context.close();
    console.log(`docs/${shot.file}`);
  }
} finally {
  await browser.close();
}
