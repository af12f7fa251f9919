// Response headers that limit what a browser may do with an answer: a Content-Security-Policy for the web app
// (its own scripts only, never inline), a sandbox for stored files (an uploaded file opened directly runs
// nothing, whatever its bytes), no framing by other sites, no sniffing, and HSTS in production.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The web app and the API documentation page. Scripts only from this origin (the build has no inline script);
 * inline styles are allowed because antd writes its CSS-in-JS into <style> elements at run time. Images may
 * be data: or blob: URLs (icons, previews); nothing may frame the app.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** JSON answers of the API: nothing in them is ever a page. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

/**
 * Stored documents and photos, and every other file the API sends: a file opened on its own (a link in a
 * message) is a sandboxed page with no scripts, no forms, no origin, and it loads nothing. The web app itself may
 * frame it (the PDF preview); no other site may.
 */
export const FILE_CSP = "default-src 'none'; frame-ancestors 'self'; sandbox";

/** A year, for every host under this name: once seen over HTTPS, a browser never falls back to HTTP. */
export const HSTS = 'max-age=31536000; includeSubDomains';

const DOCS_PREFIX = '/api/docs';

/** Marks an answer as a served file (documents, photos). The hook leaves a policy already set alone. */
export function fileHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', FILE_CSP)
    .header('x-frame-options', 'SAMEORIGIN')
    .header('x-content-type-options', 'nosniff');
}

function policyFor(request: FastifyRequest, reply: FastifyReply): string {
  const url = request.url;
  if (!url.startsWith('/api') || url.startsWith(DOCS_PREFIX)) return APP_CSP;
  const type = String(reply.getHeader('content-type') ?? '');
  return type.startsWith('application/json') ? API_CSP : FILE_CSP;
}

export function registerSecurityHeaders(app: FastifyInstance, options: { production: boolean }): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    if (!reply.hasHeader('content-security-policy')) {
      const policy = policyFor(request, reply);
      void reply.header('content-security-policy', policy);
      void reply.header('x-frame-options', policy === FILE_CSP ? 'SAMEORIGIN' : 'DENY');
    }
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'no-referrer');
    void reply.header('cross-origin-opener-policy', 'same-origin');
    void reply.header('cross-origin-resource-policy', 'same-origin');
    if (request.url.startsWith('/api')) void reply.header('cache-control', 'no-store');
    // Behind the production proxy the site is HTTPS; a browser ignores the header over plain HTTP anyway.
    if (options.production) void reply.header('strict-transport-security', HSTS);
    done(null, payload);
  });
}
