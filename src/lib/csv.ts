import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/**
 * RFC 4180 CSV: fields separated by commas, optionally wrapped in double quotes, with `""` for a
 * quote inside a quoted field. Small enough to own, and shared by the seed loader and open data.
 */

/** Parses CSV text into rows of fields. Accepts LF or CRLF line ends and a trailing newline. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  while (i < input.length) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (char === '\r' && input[i + 1] === '\n') i += 1;
    } else field += char;
    i += 1;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Parses CSV with a header line into objects keyed by column name. Every row must have as many
 * fields as the header: a short or long row means the file is broken, so it throws with the line.
 */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new Error(
        `CSV line ${index + 2} has ${fields.length} fields; expected ${header.length}`,
      );
    }
    return Object.fromEntries(header.map((name, column) => [name, fields[column]!]));
  });
}

/**
 * Reads a CSV file with a header line (a seed file, say), each row checked by `schema`. A bad
 * row throws, naming the file, the line and what is wrong, so a broken seed stops start-up.
 */
export function readCsvFile<T>(file: string, schema: z.ZodType<T>): T[] {
  return parseCsvRecords(readFileSync(file, 'utf8')).map((record, index) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file} line ${index + 2}: ${issue?.path.join('.')} ${issue?.message}`);
    }
    return parsed.data;
  });
}

/**
 * Writes rows as CSV with CRLF line ends, as RFC 4180 and spreadsheets expect. Fields with a
 * comma, quote or line break are quoted. A field that a spreadsheet would run as a formula
 * (starting = + - @) gets a leading apostrophe, so open data cannot carry formula injection.
 */
export function formatCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map(formatCsvLine).join('');
}

function formatCsvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row as a CSV line with its CRLF, as `formatCsv` writes it: for output written as it is read. */
export function formatCsvLine(row: readonly (string | number | null)[]): string {
  return row.map(formatCsvField).join(',') + '\r\n';
}
