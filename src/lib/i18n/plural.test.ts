import { describe, expect, it } from 'vitest';
import { formatNumber, plural } from './plural.ts';

// "council" in Welsh after a number: cyngor, with the mutations dau gyngor, tri chyngor, chwe chyngor.
const councils = {
  zero: '# cyngor',
  one: '# cyngor',
  two: '# gyngor',
  few: '# chyngor',
  many: '# chyngor',
  other: '# cyngor',
};

describe('plural', () => {
  it('uses all six Welsh forms', () => {
    expect([0, 1, 2, 3, 6, 7, 22].map((n) => plural('cy', n, councils))).toEqual([
      '0 cyngor',
      '1 cyngor',
      '2 gyngor',
      '3 chyngor',
      '6 chyngor',
      '7 cyngor',
      '22 cyngor',
    ]);
  });

  it('uses English one and other, and writes thousands as people read them', () => {
    const forms = { one: '# supporter', other: '# supporters' };
    expect(plural('en', 1, forms)).toBe('1 supporter');
    expect(plural('en', 7500, forms)).toBe('7,500 supporters');
    expect(plural('en', 0, forms)).toBe('0 supporters');
  });

  it('falls back to other for a category not written out', () => {
    expect(plural('cy', 2, { one: '# llythyr', other: '# o lythyrau' })).toBe('2 o lythyrau');
  });

  it('formats numbers for each language', () => {
    expect(formatNumber('cy', 12345.6)).toBe('12,345.6');
    expect(formatNumber('en', 175)).toBe('175');
  });
});
