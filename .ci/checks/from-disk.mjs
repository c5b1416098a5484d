// Opens every page from disk (file://, no server) the way a reader who unzipped the site would:
// first with JavaScript off, then on with the pages' Content-Security-Policy enforced. A page
// fails when its stylesheet does not apply, a local <img> or <link> does not load, a request
// fails or goes to any origin but file://, the CSP reports a violation, or its JSON-LD does not
// parse as a NewsArticle (articles) .
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, pages, sites } from './lib.mjs';

// Properties a stylesheet changes on <body> and <main> that the browser's defaults set otherwise.
const STYLED = ['margin-top', 'font-family', 'background-color', 'max-width', 'line-height'];

const browser = await launch();
let failed = 0;
let checked = 0;

async function defaults() {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.setContent('<!DOCTYPE html><html><body><main>x</main></body></html>');
  const styles = await tab.evaluate(computed, STYLED);
  await context.close();
  return styles;
}

function computed(properties) {
  const of = (selector) => {
    const element = document.querySelector(selector);
    if (!element) return null;
    const style = getComputedStyle(element);
    return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
  };
  return { body: of('body'), main: of('main') };
}

/** What one opening of the page found wrong, as a list of sentences. */
async function open(page, contextOptions, ua) {
  const problems = [];
  const context = await browser.newContext(contextOptions);
  const tab = await context.newPage();
  const requests = [];
  tab.on('request', (request) => requests.push(request.url()));
  tab.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  if (contextOptions.javaScriptEnabled !== false) {
    // Init scripts run outside the page's CSP, so they can watch for its violations.
    await tab.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at line ${e.lineNumber}`));
    });
  }
  await tab.goto(page.url, { waitUntil: 'load' });

  for (const url of requests) {
    if (!url.startsWith('file://') && !url.startsWith('data:')) problems.push(`request to ${url}`);
  }
  const state = await tab.evaluate(() => ({
    images: [...document.images].map((img) => ({ src: img.currentSrc || img.src,
      loaded: img.complete && img.naturalWidth > 0 })),
    links: [...document.querySelectorAll('link[href]')].map((link) => ({ rel: link.rel,
      href: link.href,
      rules: link.sheet ? (() => { try { return link.sheet.cssRules.length; } catch { return -1; } })() : null })),
    remote: [...document.querySelectorAll('[src], link[href]')]
      .map((e) => e.getAttribute('src') ?? e.getAttribute('href'))
      .filter((url) => /^(https?:)?\/\//i.test(url)),
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')]
      .map((s) => s.textContent),
    csp: window.__cspViolations ?? [],
  }));
  const styles = await tab.evaluate(computed, STYLED);
  await context.close();

  for (const url of state.remote) problems.push(`links to a remote resource: ${url}`);
  for (const img of state.images) if (!img.loaded) problems.push(`image did not load: ${img.src}`);
  for (const link of state.links) {
    if (!link.href.startsWith('file://')) continue;
    if (!existsSync(fileURLToPath(link.href.replace(/[?#].*$/, '')))) {
      problems.push(`<link rel="${link.rel}"> points to a missing file: ${link.href}`);
    }
    // -1: loaded, but its rules are unreadable to scripts, as a file:// page's are (opaque origin).
    if (link.rel === 'stylesheet' && (link.rules === null || link.rules === 0)) {
      problems.push(`stylesheet did not load or is empty: ${link.href}`);
    }
  }
  const changed = ['body', 'main'].flatMap((el) => STYLED
    .filter((p) => styles[el] && ua[el] && styles[el][p] !== ua[el][p]).map((p) => `${el} ${p}`));
  if (changed.length < 3) {
    problems.push(`the stylesheet is not applied: only ${changed.length} of body/main's styles`
      + ` differ from the browser's defaults (${changed.join(', ') || 'none'})`);
  }
  for (const violation of state.csp) problems.push(`Content-Security-Policy: ${violation}`);
  if (page.path !== 'index.html') {
    try {
      const ld = state.jsonLd.map((text) => JSON.parse(text));
      if (!ld.some((node) => node['@type'] === 'NewsArticle')) problems.push('no NewsArticle JSON-LD');
    } catch (e) {
      problems.push(`JSON-LD does not parse: ${e.message}`);
    }
  }
  return problems;
}

try {
  const ua = await defaults();
  for (const { theme, root } of sites()) {
    for (const page of pages(root)) {
      checked++;
      const problems = [
        ...(await open(page, { javaScriptEnabled: false }, ua)).map((p) => `no JS: ${p}`),
        ...(await open(page, {}, ua)).map((p) => `JS on: ${p}`),
      ];
      for (const problem of problems) console.log(`FAIL ${theme} ${page.path}: ${problem}`);
      if (problems.length > 0) failed++;
      else console.log(`ok   ${theme} ${page.path}`);
    }
  }
} finally {
  await browser.close();
}
console.log(`from disk: ${checked - failed} pages ok, ${failed} failed`);
process.exit(failed === 0 && checked > 0 ? 0 : 1);
