// @ts-check
import { defineConfig, memoryCache } from 'astro/config';
import node from '@astrojs/node';
import react from '@astrojs/react';
import { CSP_DIRECTIVES } from './src/lib/http/security-headers.ts';
import { readEnv } from './src/lib/env.ts';

export default defineConfig({
  site: readEnv().SITE_URL,
  // One address per page, without a trailing slash: /stories (its file is stories/index.html).
  trailingSlash: 'never',
  // Static pages are served by our own Node server (scripts/start.ts) through the adapter's
  // handler, which sends every response our strict CSP header (no inline script or style at all);
  // Astro's per-page policy rides in a <meta> element. (`staticHeaders` would repeat it as a header
  // but makes the adapter build a second Request for every request: 10% of a pledge's time.)
  adapter: node({ mode: 'standalone' }),
  integrations: [react()],
  // English at the root as it always was, Welsh under /cy (src/lib/i18n). Pages in both languages
  // are paired in src/lib/i18n/pages.ts; a page not yet in Welsh is simply not linked as Welsh.
  i18n: {
    locales: ['en', 'cy'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  server: { host: 'localhost', port: 4321 },
  build: { inlineStylesheets: 'never' },
  // Astro 7 defaults to JSX whitespace rules, which drop the space in `on\n<a>` when Prettier
  // wraps a sentence before a link; `true` compresses without changing what readers see.
  compressHTML: true,
  security: {
    // Our middleware checks the origin of every write instead (src/lib/http/origin.ts), so that
    // one-click unsubscribe can accept posts from mail providers.
    checkOrigin: false,
    // Requests for the site's own address may name the visitor in X-Forwarded-For (the reverse
    // proxy's job, see the README): per-address limits then count visitors, not the proxy.
    allowedDomains: [{ hostname: new URL(readEnv().SITE_URL).hostname }],
    // Our forms are a few hundred bytes; anything near this is not a person filling a form.
    actionBodySizeLimit: 16 * 1024,
    csp: {
      directives: [...CSP_DIRECTIVES],
      // Our only script and our stylesheets are files on this origin; Astro adds hashes for the rest.
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // The busiest pages (and news posts, for their comments) are kept in memory for 5 seconds: when the campaign is on television
  // thousands of people open the same council pages, and a status change showing a few seconds
  // late harms no one. (Open data keeps its own 5-second copy, so that its ETags still answer
  // conditional requests: see src/lib/site/open-data-files.ts.)
  cache: { provider: memoryCache({ max: 1000 }) },
  routeRules: {
    '/councils': { maxAge: 5 },
    '/timeline': { maxAge: 5 },
    '/councils/[slug]': { maxAge: 5 },
    '/cy/cynghorau': { maxAge: 5 },
    '/cy/cynghorau/[welshSlug]': { maxAge: 5 },
    '/news/[id]': { maxAge: 5 },
  },
  // Astro's own sessions are off: campaign accounts' sessions live in SQLite (src/lib/admin/sessions.ts).
  session: false,
  markdown: { syntaxHighlight: 'prism' },
});
