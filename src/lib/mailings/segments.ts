import { z } from 'zod';
import { COUNCIL_SLUG } from '../councils/slug.ts';
import { statement, type Db } from '../db.ts';
import { readOne } from '../readers/reader.ts';
import { mayEmail } from '../email/suppressions.ts';

/**
 * The groups of supporters a mobilisation email can go to: everyone, or those in councils chosen
 * by where they stand, their region or their name.
 */
export const SEGMENT_KINDS = ['everyone', 'not-signed', 'pledged', 'region', 'councils'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export const SEGMENT_LABELS: Record<SegmentKind, string> = {
  everyone:
    'Everyone who has agreed to campaign emails, wherever they live (those who gave no postcode too)',
  'not-signed': 'Supporters in every council that has not signed (pledged ones included)',
  pledged: 'Supporters in councils that have pledged to sign but not signed yet',
  region: 'Supporters in one region',
  councils: 'Supporters in councils you choose',
};

export const SegmentSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('everyone') }),
    z.object({ kind: z.literal('not-signed') }),
    z.object({ kind: z.literal('pledged') }),
    z.object({
      kind: z.literal('region'),
      region: z.string({ error: 'Choose a region' }).min(1, 'Choose a region').max(100),
    }),
    z.object({
      kind: z.literal('councils'),
      councils: z
        .array(z.string().regex(COUNCIL_SLUG, 'Choose councils from the list'))
        .min(1, 'Choose at least one council')
        .max(200),
    }),
  ],
  { error: 'Choose who the email goes to' },
);
export type Segment = z.infer<typeof SegmentSchema>;

/**
 * The supporters a segment reaches, as SQL over `supporters AS s`: those campaign email may go to
 * (`mayEmail`) and, but for `everyone`, in a council the segment covers. Supporters who gave
 * no postcode have no council, so only `everyone` reaches them.
 */
export function segmentQuery(segment: Segment): { where: string; params: (string | number)[] } {
  const eligible = mayEmail('s');
  switch (segment.kind) {
    case 'everyone':
      return { where: eligible, params: [] };
    case 'not-signed':
      return {
        where: `${eligible} AND s.council_id IN
          (SELECT council_id FROM council_status WHERE status <> 'signed')`,
        params: [],
      };
    case 'pledged':
      return {
        where: `${eligible} AND s.council_id IN
          (SELECT council_id FROM council_status WHERE status = 'pledged')`,
        params: [],
      };
    case 'region':
      return {
        where: `${eligible} AND s.council_id IN (SELECT id FROM councils WHERE region = ?)`,
        params: [segment.region],
      };
    case 'councils':
      return {
        where: `${eligible} AND s.council_id IN (SELECT id FROM councils WHERE slug IN
          (SELECT value FROM json_each(?)))`,
        params: [JSON.stringify(segment.councils)],
      };
  }
}

/**
 * How many supporters the segment reaches now, counted on a reader thread: at a million
 * supporters the count scans them (200–370 ms, measured), which the request thread must not spend.
 */
export async function countRecipients(db: Db, segment: Segment): Promise<number> {
  const { where, params } = segmentQuery(segment);
  const row = await readOne<{ n: number }>(
    db,
    `SELECT count(*) AS n FROM supporters AS s WHERE ${where}`,
    params,
  );
  return row!.n;
}

/** The regions councils are in, for choosing one. */
export function listRegions(db: Db): string[] {
  return statement(db, 'SELECT DISTINCT region FROM councils ORDER BY region')
    .pluck()
    .all() as string[];
}

/** The segment in words, for the campaigner and the audit log's reader. */
export function describeSegment(db: Db, segment: Segment): string {
  switch (segment.kind) {
    case 'region':
      return `Supporters in ${segment.region}`;
    case 'councils': {
      const names = statement(
        db,
        `SELECT short_name FROM councils WHERE slug IN (SELECT value FROM json_each(?))
         ORDER BY short_name`,
      )
        .pluck()
        .all(JSON.stringify(segment.councils)) as string[];
      return `Supporters in ${names.join(', ')}`;
    }
    default:
      return SEGMENT_LABELS[segment.kind];
  }
}
