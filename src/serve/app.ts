// The web application: pages at /, the JSON API under /api/, scripts and styles under
// /assets/. Security headers on every response; a refused request gets its status and a
// clear message (JSON for the API, a page for the UI); anything else a plain 500 without
// details (the details go to stderr).
import { Hono, type Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Reader } from '../store/reader.js';
import { RequestError } from './params.js';
import { api } from './api.js';
import { serveAssets } from './assets.js';
import { errorPage, type Html } from './pages/layout.js';
import { lagePage } from './pages/lage.js';
import { eventPage } from './pages/event.js';
import { articlePage } from './pages/article.js';
import { actorPage, actorsListPage } from './pages/actor.js';
import { statementsPageHtml } from './pages/statements.js';
import { positionsPage } from './pages/positions.js';
import { networkPage } from './pages/network.js';
import { searchPageHtml } from './pages/search.js';

const CSP = {
  defaultSrc: ["'none'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"],
  fontSrc: ["'self'"], formAction: ["'self'"], frameAncestors: ["'none'"], baseUri: ["'none'"],
};

const isApi = (c: Context) => c.req.path.startsWith('/api/');

export function createApp(db: Reader, log: (line: string) => void = (l) => process.stderr.write(l + '\n')): Hono {
  const app = new Hono();
  app.use('*', secureHeaders({ contentSecurityPolicy: CSP, referrerPolicy: 'no-referrer', xFrameOptions: 'DENY', crossOriginEmbedderPolicy: false }));
  app.onError((err, c) => {
    if (err instanceof RequestError) {
      return isApi(c) ? c.json({ error: err.message, status: err.status }, err.status) : c.html(errorPage(err.status, err.message), err.status);
    }
    log(`lagebild serve: ${c.req.method} ${c.req.path}: ${(err as Error).stack ?? String(err)}`);
    return isApi(c) ? c.json({ error: 'internal error', status: 500 }, 500) : c.html(errorPage(500, 'Interner Fehler'), 500);
  });
  app.notFound((c) => (isApi(c) ? c.json({ error: `no endpoint ${c.req.path}`, status: 404 }, 404) : c.html(errorPage(404, 'Diese Seite gibt es nicht.'), 404)));
  app.route('/api', api(db));
  serveAssets(app);
  const page = (render: (c: Context) => Promise<Html>) => async (c: Context) => c.html(await render(c));
  app.get('/', page((c) => lagePage(db, c.req.query())));
  app.get('/events/:id', page(async (c) => { noQuery(c); return eventPage(db, c.req.param('id') ?? ''); }));
  app.get('/documents/:id', page(async (c) => { noQuery(c); return articlePage(db, c.req.param('id') ?? ''); }));
  app.get('/actors', page((c) => actorsListPage(db, c.req.query())));
  app.get('/actors/:id', page(async (c) => { noQuery(c); return actorPage(db, c.req.param('id') ?? ''); }));
  app.get('/statements', page((c) => statementsPageHtml(db, c.req.query())));
  app.get('/positions', page((c) => positionsPage(db, c.req.query())));
  app.get('/network', page((c) => networkPage(db, c.req.query())));
  app.get('/search', page((c) => searchPageHtml(db, c.req.query())));
  return app;
}

function noQuery(c: Context): void {
  const extra = Object.keys(c.req.query());
  if (extra.length) throw new RequestError(`unknown parameter "${extra[0]!.slice(0, 40)}" (this page takes none)`);
}
