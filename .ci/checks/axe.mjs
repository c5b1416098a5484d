// axe-core on every page of every theme's site, in the light and the dark colour scheme: any
// WCAG 2.2 A/AA violation (colour contrast included) fails. axe-core is injected from
// node_modules, so nothing is fetched; bypassCSP lets the injected script run under the pages'
// script-src 'self'.
import { createRequire } from 'node:module';
import { launch, pages, sites } from './lib.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const browser = await launch();
let violations = 0;
let checked = 0;
try {
  for (const { theme, root } of sites()) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      for (const page of pages(root)) {
        const tab = await context.newPage();
        await tab.goto(page.url);
        await tab.addScriptTag({ path: AXE });
        const result = await tab.evaluate((tags) => window.axe.run(document,
          { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] }), TAGS);
        checked++;
        const where = `${theme} ${scheme} ${page.path}`;
        for (const v of result.violations) {
          violations += v.nodes.length;
          console.log(`FAIL ${where}: ${v.id} (${v.impact}): ${v.help} [${v.helpUrl}]`);
          for (const node of v.nodes) {
            console.log(`       ${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ')}`);
          }
        }
        // "Incomplete" means axe could not decide (a background image under text, say): shown
        // for a person to look at, not failed.
        for (const v of result.incomplete) {
          console.log(`note ${where}: ${v.id} needs review on ${v.nodes.length} element(s)`);
        }
        if (result.violations.length === 0) console.log(`ok   ${where}`);
        await tab.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`axe: ${checked} page renderings checked, ${violations} violations`);
process.exit(violations === 0 && checked > 0 ? 0 : 1);
