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
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    expect(post(form, '/unsubscribe')).toBe(false);
    expect(post(form, '/unsubscribe?key=abcdefghijkl')).toBe(false);
  });

  it.each(['/unsubscribe?_action=logIn', '/unsubscribe?key=abcdefghijkl&_action=pledge'])(
    'refuses any other form posted from elsewhere through the unsubscribe address: %s',
    (path) => {
      const forged = { Origin: 'https://evil.example', 'Content-Type': 'multipart/form-data' };
      expect(post(forged, path)).toBe(true);
      expect(post({ 'Content-Type': 'application/x-www-form-urlencoded' }, path)).toBe(true);
    },
  );

  it('takes the browser’s word in Sec-Fetch-Site, even where no referrer is sent', () => {
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    // A form on a page with Referrer-Policy: no-referrer is posted with Origin: null.
    expect(post({ ...form, Origin: 'null', 'Sec-Fetch-Site': 'same-origin' })).toBe(false);
    expect(post({ ...form, Origin: 'null', 'Sec-Fetch-Site': 'cross-site' })).toBe(true);
    expect(post({ ...form, Origin: 'https://example.org.uk', 'Sec-Fetch-Site': 'same-site' })).toBe(
      true,
    );
  });

  it('never blocks reading', () => {
    expect(isCrossSiteWrite(new Request('https://example.org.uk/join'), url)).toBe(false);
  });
});
