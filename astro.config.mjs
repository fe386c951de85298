// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import react from '@astrojs/react';
import { CSP_DIRECTIVES } from './src/lib/http/security-headers.ts';

export default defineConfig({
  // Static pages are served by our own Node server (scripts/start.ts) through the adapter's
  // handler; `staticHeaders` makes it send each prerendered page's CSP as a header.
  adapter: node({ mode: 'standalone', staticHeaders: true }),
  integrations: [react()],
  server: { host: 'localhost', port: 4321 },
  build: { inlineStylesheets: 'never' },
  security: {
    checkOrigin: true,
    csp: {
      directives: [...CSP_DIRECTIVES],
      // Our only script and our stylesheets are files on this origin; Astro adds hashes for the rest.
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // The site keeps no sessions yet; admin sessions will live in SQLite, not on the filesystem.
  session: false,
  markdown: { syntaxHighlight: 'prism' },
});
