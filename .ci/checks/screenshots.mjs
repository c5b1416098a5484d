// Screenshots of the reference article in every theme, for people to look at (CI uploads
// target/screenshots/): desktop 1280 px, phone 390 px, dark colour scheme, and the first printed
// page (Chromium's PDF, turned into PNG by poppler's pdftoppm). Also the index at desktop width.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, sites, REFERENCE_SLUG } from './lib.mjs';

const OUT = resolve(process.env.GLOSS_SCREENSHOTS ?? 'target/screenshots');
mkdirSync(OUT, { recursive: true });

const SHOTS = [
  { name: 'desktop', context: { viewport: { width: 1280, height: 900 } } },
  { name: 'phone', context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2,
    isMobile: true, hasTouch: true } },
  { name: 'dark', context: { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' } },
];

const browser = await launch();
const made = [];
try {
  for (const { theme, root } of sites()) {
    const article = pathToFileURL(join(root, REFERENCE_SLUG, 'index.html')).href;
    for (const shot of SHOTS) {
      const context = await browser.newContext(shot.context);
      const tab = await context.newPage();
      await tab.goto(article);
      const file = join(OUT, `${theme}-article-${shot.name}.png`);
      await tab.screenshot({ path: file, fullPage: true });
      made.push(file);
      await context.close();
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(join(root, 'index.html')).href);
    await tab.screenshot({ path: join(OUT, `${theme}-index-desktop.png`), fullPage: true });
    made.push(join(OUT, `${theme}-index-desktop.png`));
    await tab.goto(article);
    const pdf = join(OUT, `${theme}-article-print.pdf`);
    await tab.pdf({ path: pdf, format: 'A4', printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '96', '-f', '1', '-l', '1', '-singlefile', pdf,
      join(OUT, `${theme}-article-print`)]);
    made.push(join(OUT, `${theme}-article-print.png`));
    await context.close();
  }
} finally {
  await browser.close();
}
// A blank page compresses to a few kilobytes: a tiny file means nothing was drawn.
let failed = 0;
for (const file of made) {
  const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  if (size < 15000) {
    console.log(`FAIL ${file}: ${size} bytes, missing or blank`);
    failed++;
  } else {
    console.log(`ok   ${file} (${Math.round(size / 1024)} KB)`);
  }
}
process.exit(failed === 0 && made.length > 0 ? 0 : 1);
