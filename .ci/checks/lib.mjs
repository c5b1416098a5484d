// What the browser checks share: where the built sites are, how to start Debian's Chromium
// without letting it reach the network, and a static file server for Lighthouse.
import { readdirSync, statSync, createReadStream, existsSync } from 'node:fs';
import { join, relative, resolve, extname, sep } from 'node:path';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

/** Where .ci/browser-checks.sh builds one site per theme: target/sites/<theme>/. */
export const SITES = resolve(process.env.GLOSS_SITES ?? 'target/sites');
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** The reference article's folder in every site (seeds/latin-times-artists-leak-openai-sora.txt). */
export const REFERENCE_SLUG = process.env.GLOSS_REFERENCE_SLUG
  ?? 'artists-get-revenge-on-openai-leak-private-ai-video-tool-to-public';

// Flags for a closed network: without them Chromium keeps trying to reach Google's services.
export const QUIET_FLAGS = ['--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--no-first-run', '--disable-gpu', '--no-sandbox',
  '--disable-features=Translate,OptimizationHints,MediaRouter'];

/** Every theme's site: [{theme, root}], sorted by theme. */
export function sites() {
  if (!existsSync(SITES)) throw new Error(`no sites in ${SITES}: run .ci/browser-checks.sh`);
  return readdirSync(SITES).sort()
    .map((theme) => ({ theme, root: join(SITES, theme) }))
    .filter(({ root }) => statSync(root).isDirectory());
}

/** Every .html file of a site, as {file, path (relative, with /), url (file://)}, sorted. */
export function pages(root) {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html')) {
        found.push({ file, path: relative(root, file).split(sep).join('/'),
          url: pathToFileURL(file).href });
      }
    }
  };
  walk(root);
  return found;
}

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: QUIET_FLAGS });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp',
  '.md': 'text/markdown; charset=utf-8', '.json': 'application/json', '.js': 'text/javascript',
  '.txt': 'text/plain; charset=utf-8', '.woff2': 'font/woff2' };

/**
 * Serves a folder on 127.0.0.1 at a free port, as GitHub Pages would (folder/ -> folder/index.html).
 * Resolves to {origin, close()}; the server lives in this process, so nothing is left behind.
 */
export function serve(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = resolve(root, '.' + path);
    if (!file.startsWith(resolve(root))) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'max-age=31536000' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((closed) => server.close(closed)),
  })));
}
