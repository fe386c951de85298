import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../csv.ts';
import { GlossaryRowSchema } from './review.ts';

describe('the Welsh glossary', () => {
  const rows = readCsvFile(join(import.meta.dirname, 'glossary.csv'), GlossaryRowSchema);

  it('gives every term its Welsh and where it comes from', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it('has each English term once', () => {
    const terms = rows.map((row) => row.english.toLowerCase());
    expect(terms.length).toBe(new Set(terms).size);
  });
});
