import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Content-Security-Policy of the web app's pages: everything from this origin only, no inline
 * script, nothing framed. /docs and /admin/queues keep their own headers (they are not served here).
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths that belong to the server, never to the web app's client-side routes. */
const SERVER_PATHS = /^\/(api|docs|admin\/queues|admin\/session|health|metrics)(\/|$|-)/;

/** dist/web of this checkout, found from the package root (works from src/ under Jest and from dist/). */
export function webAppDir(start = __dirname): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return join(start, 'web');
    dir = parent;
  }
  return join(dir, 'dist', 'web');
}

function setPageHeaders(response: Response): void {
  response.setHeader('Content-Security-Policy', WEB_APP_CSP);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  // Share-link pages carry their token in the URL: never send it to another site. (Not no-referrer:
  // with it, browsers may send `Origin: null` on the app's own POSTs, which the CSRF check refuses.)
  response.setHeader('Referrer-Policy', 'same-origin');
  response.setHeader('X-Frame-Options', 'DENY');
}

/**
 * Serves the built web app (dist/web, from `npm run build`) at `/`: hashed assets with long caching,
 * and index.html for any other GET that asks for HTML outside the server's own paths, so client-side
 * routes load on a reload. Unknown /api/... paths stay Nest's JSON 404.
 */
export function serveWebApp(app: NestExpressApplication, dir = webAppDir()): void {
  const indexFile = join(dir, 'index.html');
  const assetsDir = join(dir, 'assets');
  app.useStaticAssets(dir, {
    index: false,
    setHeaders: (response: Response, path: string) => {
      setPageHeaders(response);
      response.setHeader('Cache-Control', path.startsWith(assetsDir) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  let index: string | undefined;
  app.use((request: Request, response: Response, next: NextFunction) => {
    const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && (request.headers.accept ?? '').includes('text/html');
    if (!wantsPage || SERVER_PATHS.test(request.path)) return next();
    index ??= existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : undefined;
    setPageHeaders(response);
    response.setHeader('Cache-Control', 'no-cache');
    if (index === undefined) {
      response.status(503).type('text/plain').send('The web app is not built: run `npm run build` (npm start does it for you).');
      return;
    }
    response.type('html').send(index);
  });
}
