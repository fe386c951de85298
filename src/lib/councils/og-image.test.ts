import { describe, expect, it } from 'vitest';
import { openSeededDatabase } from '../site/testing.ts';
import { councilOgImage, councilOgImagePath, councilOgText } from './og-image.ts';
import { listCouncils } from './queries.ts';

/** A PNG's width and height, from its header (the first chunk, IHDR, always comes first). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("a council's link preview", () => {
  it('says where the council stands, and no more than that', () => {
    const kent = { slug: 'kent', shortName: 'Kent' };
    expect(councilOgText({ ...kent, status: 'signed' }).title).toBe(
      "Kent has signed the Runaways' Charter",
    );
    expect(councilOgText({ ...kent, status: 'pledged' }).title).toBe(
      "Kent has pledged to sign the Runaways' Charter",
    );
    expect(councilOgText({ ...kent, status: 'not_signed' }).title).toBe('Has Kent signed? Not yet');
  });

  it('has an address that changes with the status, so shared previews are never stale', () => {
    expect(councilOgImagePath({ slug: 'kent', shortName: 'Kent', status: 'signed' })).toBe(
      '/og/councils/kent.png?status=signed',
    );
  });

  it('exists for all 175 councils, as a 1200×630 PNG', { timeout: 120_000 }, async () => {
    const councils = listCouncils(openSeededDatabase());
    expect(councils).toHaveLength(175);
    for (const council of councils) {
      const { png } = await councilOgImage(council);
      expect(pngSize(png), council.slug).toEqual({ width: 1200, height: 630 });
    }
  });

  it('is drawn once while the status stays the same, and again when it changes', async () => {
    const barnsley = { slug: 'barnsley', shortName: 'Barnsley', status: 'not_signed' } as const;
    const first = await councilOgImage(barnsley);
    expect(await councilOgImage({ ...barnsley })).toBe(first);
    const signed = await councilOgImage({ ...barnsley, status: 'signed' });
    expect(signed.etag).not.toBe(first.etag);
    expect(await councilOgImage({ ...barnsley, status: 'signed' })).toBe(signed);
  });
});
