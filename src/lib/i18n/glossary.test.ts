import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readCsvFile } from '../csv.ts';

const Row = z.object({
  english: z.string().trim().min(2),
  welsh: z.string().trim().min(2),
  source: z.enum(['TermCymru', 'our own', 'established usage']),
  checked_online: z.enum(['yes', 'no']),
  note: z.string(),
});

describe('the Welsh glossary', () => {
  const rows = readCsvFile(join(import.meta.dirname, 'glossary.csv'), Row);

  it('gives every term its Welsh and where it comes from', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it('has each English term once', () => {
    const terms = rows.map((row) => row.english.toLowerCase());
    expect(terms.length).toBe(new Set(terms).size);
  });
});
