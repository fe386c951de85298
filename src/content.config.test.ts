import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const story = 'src/content/stories/rhys-shed.md';

/**
 * Builds a copy of the site with one story's front matter changed, and returns what the build
 * printed and its exit code. A real build, because the promise is that a story without its
 * safeguards can never be published.
 */
function buildWithStory(edit: (frontMatter: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'content-rules-'));
  dirs.push(dir);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const text = readFileSync(join(dir, story), 'utf8');
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  writeFileSync(join(dir, story), `---\n${edit(frontMatter)}\n---\n${body}`);
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  // CI turns colours on; the message is what matters.
  return { status: result.status, output: stripVTControlCharacters(result.stdout + result.stderr) };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a story cannot be published without its safeguards', () => {
  it('fails the build, naming the story, when the content note is missing', () => {
    const { status, output } = buildWithStory((fm) => fm.replace(/^contentNote:.*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('stories → rhys-shed data does not match collection schema');
    expect(output).toContain('every story needs a content note, shown before the story');
  });

  it('fails the build when the consent record is missing', () => {
    const { status, output } = buildWithStory((fm) => fm.replace(/^consent:\n(  .*\n)+/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('stories → rhys-shed');
    expect(output).toContain('every story needs a consent record: who, when and how');
  });

  it('fails the build when an image has no alt text', () => {
    const { status, output } = buildWithStory(
      (fm) => `${fm}\nimage:\n  src: '../../assets/illustrations/dawn-path.png'\n  alt: ''`,
    );
    expect(status).not.toBe(0);
    expect(output).toContain('images need alt text');
  });
});
