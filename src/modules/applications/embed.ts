import type { FastifyInstance } from 'fastify';

/** The message the form page posts to its embedding page when its height changes. */
export const HEIGHT_MESSAGE = 'symbio:apply:height';

/**
 * The embed script: `<script src="https://symbio.example/embed/apply.js" data-workspace="acme"
 * data-program="resellers"></script>` puts the program's application form (/apply/…) in an
 * iframe right after itself and keeps the iframe as tall as the form. Plain ES5 with no
 * dependencies: it runs on whatever site embeds it. Only height messages from that very iframe
 * and our origin are believed.
 */
const SCRIPT = `(function () {
  var s = document.currentScript;
  if (!s) return;
  var origin = new URL(s.src, location.href).origin;
  var ws = s.getAttribute('data-workspace');
  var program = s.getAttribute('data-program');
  if (!ws || !program) {
    console.error('Symbio apply.js: set data-workspace and data-program on the script tag.');
    return;
  }
  var lang = s.getAttribute('data-locale');
  var frame = document.createElement('iframe');
  frame.src = origin + '/apply/' + encodeURIComponent(ws) + '/' + encodeURIComponent(program) +
    '?embed=1' + (lang ? '&lang=' + encodeURIComponent(lang) : '');
  frame.title = s.getAttribute('data-title') || 'Partner application';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.minHeight = '480px';
  frame.setAttribute('loading', 'lazy');
  window.addEventListener('message', function (e) {
    if (e.origin !== origin || e.source !== frame.contentWindow) return;
    var d = e.data;
    if (d && d.type === '${HEIGHT_MESSAGE}' && typeof d.height === 'number' && d.height > 0) {
      frame.style.height = Math.ceil(d.height) + 'px';
    }
  });
  s.parentNode.insertBefore(frame, s.nextSibling);
})();
`;

export function registerApplicationEmbed(app: FastifyInstance): void {
  app.get('/embed/apply.js', { schema: { hide: true } }, async (_req, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .header('x-content-type-options', 'nosniff')
      // Loaded by other sites' pages by design.
      .header('cross-origin-resource-policy', 'cross-origin')
      .send(SCRIPT),
  );
}
