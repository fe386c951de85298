import { statement, type Db } from '../db.ts';
import { inChunks } from '../chunks.ts';
import { BATCH_SIZE } from '../email/transport.ts';
import { segmentQuery, type Segment } from './segments.ts';

/**
 * Fixes a draft's recipients: the segment as it stands, numbered into batches for the worker, in
 * chunks of bounded time (inChunks) so 400,000 of them do not stall the public. Each chunk takes
 * the next supporters after the last one fixed, in id order, so the numbering is the same as one
 * statement's. The draft stays a draft throughout: the worker sends only mailings marked sending,
 * which startMailing does once every recipient is fixed. Leftovers of a start that was stopped
 * half way (a crash, a deploy) are cleared first, so starting again fixes the segment afresh.
 * Returns how many recipients there are.
 */
export async function fixRecipients(db: Db, mailingId: number, segment: Segment): Promise<number> {
  const clear = db.transaction(
    (limit: number) =>
      statement(
        db,
        `DELETE FROM mailing_recipients WHERE mailing_id = ? AND supporter_id IN (
           SELECT supporter_id FROM mailing_recipients WHERE mailing_id = ? LIMIT ?)`,
      ).run(mailingId, mailingId, limit).changes,
  );
  await inChunks((limit) => clear.immediate(limit));
  const { where, params } = segmentQuery(segment);
  // Where the last chunk ended: the highest supporter fixed (a seek on the primary key), and how
  // many are fixed so far, for the batch numbers. Each chunk walks supporters in id order from
  // there (NOT INDEXED: without it SQLite picks the index on state, which has every confirmed
  // supporter, and sorts them all, each chunk: at a million, over 20 ms for one row).
  let fixed = 0;
  const add = db.transaction((limit: number) => {
    const last = statement(
      db,
      'SELECT coalesce(max(supporter_id), 0) FROM mailing_recipients WHERE mailing_id = ?',
    )
      .pluck()
      .get(mailingId) as number;
    const added = statement(
      db,
      `INSERT INTO mailing_recipients (mailing_id, supporter_id, batch)
       SELECT ?, id, (CAST(? AS INTEGER) + row_number() OVER (ORDER BY id) - 1) / ${BATCH_SIZE}
       FROM (SELECT s.id FROM supporters AS s NOT INDEXED
             WHERE s.id > ? AND ${where} ORDER BY s.id LIMIT ?)`,
    ).run(mailingId, fixed, last, ...params, limit).changes;
    fixed += added;
    return added;
  });
  return inChunks((limit) => add.immediate(limit));
}
