import { statement, type Db } from '../db.ts';
import { hashToken } from '../tokens.ts';

/* Two weeks after a letter goes, its writer says whether anyone replied. */

export const REPLY_ANSWERS = ['yes', 'no', 'not_yet'] as const;
export type ReplyAnswer = (typeof REPLY_ANSWERS)[number];

/** The letter a follow-up link is about, and what its writer has said so far. */
export function findFollowUp(
  db: Db,
  token: string,
):
  | {
      councilName: string;
      councilWelshName: string | null;
      subject: string;
      sendOn: string;
      answer: ReplyAnswer | null;
    }
  | undefined {
  return statement(
    db,
    `SELECT c.short_name AS councilName, c.welsh_name AS councilWelshName, l.subject, l.send_on AS sendOn, l.reply_answer AS answer
     FROM letters AS l JOIN councils AS c ON c.id = l.council_id WHERE l.reply_token_hash = ?`,
  ).get(hashToken(token)) as ReturnType<typeof findFollowUp>;
}

/** Records whether the councillor replied; a later answer replaces an earlier one. */
export function answerFollowUp(db: Db, token: string, answer: ReplyAnswer, now: Date): boolean {
  return (
    statement(
      db,
      'UPDATE letters SET reply_answer = ?, reply_answered_at = ? WHERE reply_token_hash = ?',
    ).run(answer, now.toISOString(), hashToken(token)).changes === 1
  );
}
