import { describe, expect, it } from 'vitest';
import { notModified } from './conditional.ts';

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
