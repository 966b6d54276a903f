import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Serves the partner portal (the Vite build in dist/web) from the API server.
 *
 * - Hashed assets under /assets/ are immutable for a year; a missing asset is the usual 404.
 * - Any other GET/HEAD that no route matched, that a browser sends for a page (Accept: text/html)
 *   and that is not under an API or operations prefix answers index.html, so deep links such as
 *   /partners/ptr_… load the app. This hooks the not-found path instead of adding a catch-all route:
 *   API requests are routed exactly as without the portal, and their 404s stay problem+json.
 * - Without a build the server runs API-only and says so once.
 *
 * The path is resolved from this file: src/platform/http (tsx) and dist/platform/http (built)
 * both sit three levels below the package root.
 */
export const PORTAL_DIR = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

const NOT_PORTAL = /^\/(?:api|docs|healthz|readyz|metrics)(?:[/?#]|$)/;
const HASHED = /-[A-Za-z0-9_-]{8,}\.(?:js|css|svg|png|woff2?|json|wasm)$/;
/**
 * The public application pages (/apply/…), which other sites embed (an iframe, or the
 * /embed/apply.js script). They act on nobody's session — and the SameSite=Lax session cookie is
 * not sent from a cross-site frame anyway — so clickjacking has nothing to steal there. Every
 * other page still refuses to be framed.
 */
const FRAMABLE = /^\/apply(?:[/?#]|$)/;

export async function registerPortal(app: FastifyInstance, options: { root?: string } = {}): Promise<void> {
  const root = resolve(options.root ?? PORTAL_DIR);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.info(`portal not built (${indexFile} is missing): serving the API only; run npm run build:web`);
    return;
  }

  await app.register(fastifyStatic, {
    root: join(root, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      );
    },
  });

  // index.html is read per request: a rebuild while the server runs is picked up at once, and its
  // inline scripts (the pre-paint colour-scheme snippet) are allowed by hash, not by 'unsafe-inline'.
  const sendIndex = async (reply: FastifyReply, framable: boolean) => {
    const html = await readFile(indexFile, 'utf8');
    reply
      .code(200)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', contentSecurityPolicy(html, framable))
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin');
    // X-Frame-Options has no "anyone" value: the embeddable pages simply leave it out.
    if (!framable) reply.header('x-frame-options', 'DENY');
    return reply.send(html);
  };

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.is404 || !isPageRequest(req)) return;
    return sendIndex(reply, FRAMABLE.test(req.url));
  });
}

function isPageRequest(req: FastifyRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (NOT_PORTAL.test(req.url)) return false;
  return /\btext\/html\b/.test(req.headers.accept ?? '');
}

function contentSecurityPolicy(html: string, framable = false): string {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${inline.join(' ')}`.trim(),
    // Mantine writes its CSS variables and some component styles inline.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    framable ? 'frame-ancestors *' : "frame-ancestors 'none'",
  ].join('; ');
}
