import { describe, expect, it } from 'vitest';
import { notModified, withContentTag } from './conditional.ts';

const response = () =>
  new Response('{"councils":[]}', {
    headers: {
      ETag: '"abc"',
      'Cache-Control': 'public, max-age=60',
      'Content-Type': 'application/json',
    },
  });
const request = (ifNoneMatch?: string, method = 'GET') =>
  new Request('http://localhost/data/councils.json', {
    method,
    headers: ifNoneMatch ? { 'If-None-Match': ifNoneMatch } : {},
  });

describe('notModified', () => {
  it.each(['"abc"', 'W/"abc"', '"x", "abc"', '*'])('answers 304 for If-None-Match: %s', (tag) => {
    const answer = notModified(request(tag), response());
    expect(answer?.status).toBe(304);
    expect(answer?.headers.get('ETag')).toBe('"abc"');
    expect(answer?.headers.get('Cache-Control')).toBe('public, max-age=60');
  });

  it.each([[undefined], ['"other"']])('leaves the full response when the client has %s', (tag) => {
    expect(notModified(request(tag), response())).toBeUndefined();
  });

  it('never turns a write into a 304', () => {
    expect(notModified(request('"abc"', 'POST'), response())).toBeUndefined();
  });
});

describe('withContentTag', () => {
  const page = (body: string, status = 200) =>
    new Response(body, { status, headers: { 'Content-Type': 'text/html' } });

  it('tags a page by its content: the same page the same tag, a changed one another', async () => {
    const first = await withContentTag(page('<p>7,512 people</p>'));
    const again = await withContentTag(page('<p>7,512 people</p>'));
    const changed = await withContentTag(page('<p>7,513 people</p>'));
    expect(first.headers.get('ETag')).toMatch(/^"[\w-]+"$/);
    expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'));
    expect(changed.headers.get('ETag')).not.toBe(first.headers.get('ETag'));
    expect(await first.text()).toBe('<p>7,512 people</p>');
    expect(first.headers.get('Content-Type')).toBe('text/html');
    expect(notModified(request(first.headers.get('ETag')!), first)?.status).toBe(304);
  });

  it('leaves a missing page untagged', async () => {
    expect((await withContentTag(page('Not found', 404))).headers.has('ETag')).toBe(false);
  });
});
