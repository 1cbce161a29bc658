/**
 * The strict Content-Security-Policy this example is served under (`npm start` and the tests),
 * as docs/security.md explains it. Nothing inline runs but the command queue's stub, allowed by
 * its hash; Trusted Types are required, and the only policy a page may create is Lit's
 * `lit-html` (the tray's panel and the comparison render with lit-html).
 */
import { createHash } from 'node:crypto';

/** The command queue's stub, exactly as the inline `<script>` of compare.html holds it. */
export const QUEUE_STUB = 'window.shortlist=window.shortlist||function(){(shortlist.q=shortlist.q||[]).push(arguments)}';

/** `'sha256-…'` of the stub: in `script-src`, it allows that one inline script and no other. */
export const QUEUE_STUB_HASH = `'sha256-${createHash('sha256').update(QUEUE_STUB).digest('base64')}'`;

export const STRICT_CSP = [
  "default-src 'none'",
  `script-src 'self' ${QUEUE_STUB_HASH}`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
