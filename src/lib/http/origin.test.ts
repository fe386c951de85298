import { describe, expect, it } from 'vitest';
import { isCrossSiteWrite } from './origin.ts';

const url = new URL('https://example.org.uk/join');
const post = (headers: Record<string, string>, path = '/join') =>
  isCrossSiteWrite(
    new Request(`https://example.org.uk${path}`, { method: 'POST', headers }),
    new URL(path, url),
  );

describe('isCrossSiteWrite', () => {
  it('lets a form posted from our own pages through', () => {
    expect(
      post({
        Origin: 'https://example.org.uk',
        'Content-Type': 'application/x-www-form-urlencoded',
      }),
    ).toBe(false);
  });

  it.each([
    [{ Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' }],
    [{ 'Content-Type': 'multipart/form-data; boundary=x' }],
    [{ Origin: 'null', 'Content-Type': 'text/plain' }],
    [{ Origin: 'https://evil.example', 'Content-Type': 'application/json' }],
  ])('refuses a forged write: %o', (headers) => expect(post(headers)).toBe(true));

  it('lets mail providers post one-click unsubscribes', () => {
    expect(post({ 'Content-Type': 'application/x-www-form-urlencoded' }, '/unsubscribe')).toBe(
      false,
    );
  });

  it('never blocks reading', () => {
    expect(isCrossSiteWrite(new Request('https://example.org.uk/join'), url)).toBe(false);
  });
});
