// Every script and style the pages load, served from this installation: our own style sheet
// and network script (src/serve/static/) and Cytoscape.js from node_modules. Nothing comes
// from another host at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

const STATIC = fileURLToPath(new URL('../../src/serve/static/', import.meta.url));
const require = createRequire(import.meta.url);

const ASSETS: Record<string, { path: string; type: string }> = {
  'style.css': { path: STATIC + 'style.css', type: 'text/css; charset=utf-8' },
  'network.js': { path: STATIC + 'network.js', type: 'text/javascript; charset=utf-8' },
  'live.js': { path: STATIC + 'live.js', type: 'text/javascript; charset=utf-8' },
  'cytoscape.min.js': { path: require.resolve('cytoscape/dist/cytoscape.min.js'), type: 'text/javascript; charset=utf-8' },
};

export function serveAssets(app: Hono): void {
  // read once: the files do not change while the server runs
  const files = new Map(Object.entries(ASSETS).map(([name, a]) => [name, { body: readFileSync(a.path), type: a.type }]));
  app.get('/assets/:name', (c) => {
    const f = files.get(c.req.param('name'));
    if (!f) return c.notFound();
    c.header('Content-Type', f.type);
    // no-cache: after an upgrade the pages get the new scripts at once
    c.header('Cache-Control', 'no-cache');
    return c.body(new Uint8Array(f.body));
  });
}
