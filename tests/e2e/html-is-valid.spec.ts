import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

test('every page is valid HTML by the Nu HTML Checker', async ({ request }) => {
  const java = spawnSync('java', ['-version']);
  if (java.error) {
    throw new Error(
      'The Nu HTML Checker needs Java: install a Java runtime (Debian: default-jre-headless). .ci/run installs it.',
    );
  }

  const sitemap = await (await request.get('/sitemap.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, loc]) => new URL(loc!).pathname,
  );
  // Pages not in the sitemap: the 404 page and the embeds partners frame (found through /data).
  paths.push('/no-such-page', '/embed/count', '/embed/councils/kent', '/embed/councils/atlantis');

  const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
  try {
    const files = await Promise.all(
      paths.map(async (path, index) => {
        const file = join(dir, `${index}${path.replaceAll('/', '_')}.html`);
        writeFileSync(file, await (await request.get(path)).body());
        return file;
      }),
    );
    const run = spawnSync(
      'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files],
      { encoding: 'utf8' },
    );
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const errors = messages.map(
      (m) => `${m.url.split('/').pop()}:${m.lastLine ?? '?'} ${m.message}`,
    );
    expect(errors, `${files.length} pages checked`).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
