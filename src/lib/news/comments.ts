import { z } from 'zod';
import { recordAudit } from '../audit/audit.ts';
import { statement, type Db } from '../db.ts';
import { EmailSchema, INVISIBLE, singleLine } from '../form-fields.ts';
import { emailKey } from '../email-address.ts';

/** Controls have no place in a comment, apart from line breaks and tabs. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The longest name and comment the form takes: the schema checks them, the form's boxes say them. */
export const COMMENT_LIMITS = { name: 80, body: 4000 } as const;

export const CommentFormSchema = z.object({
  post: z.string().regex(/^[a-z0-9-]{1,200}$/),
  name: singleLine(
    'Enter your name',
    COMMENT_LIMITS.name,
    `Keep your name to ${COMMENT_LIMITS.name} characters or fewer`,
  ),
  email: EmailSchema,
  body: z
    .string({ error: 'Write your comment' })
    .transform((value) =>
      value.replace(INVISIBLE, '').replace(CONTROL, '').replace(/\r\n?/g, '\n').trim(),
    )
    .pipe(
      z
        .string()
        .min(1, 'Write your comment')
        .max(
          COMMENT_LIMITS.body,
          `Keep your comment to ${COMMENT_LIMITS.body.toLocaleString('en-GB')} characters or fewer`,
        ),
    ),
  // Hidden from people; a bot fills it.
  website: z.string().max(200).optional(),
});
export type CommentForm = z.infer<typeof CommentFormSchema>;

/** Keeps a comment for a moderator; nothing is shown until one approves it. */
export function addComment(db: Db, form: CommentForm, now: Date): number {
  return Number(
    statement(
      db,
      `INSERT INTO news_comments (post_id, name, email, email_key, body, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(form.post, form.name, form.email, emailKey(form.email), form.body, now.toISOString())
      .lastInsertRowid,
  );
}

export interface ShownComment {
  id: number;
  name: string;
  body: string;
  createdAt: string;
}

/** The approved comments under a post, oldest first. */
export function approvedComments(db: Db, postId: string): ShownComment[] {
  return statement(
    db,
    `SELECT id, name, body, created_at AS createdAt FROM news_comments
     WHERE post_id = ? AND state = 'approved' ORDER BY created_at, id`,
  ).all(postId) as ShownComment[];
}

export interface WaitingComment extends ShownComment {
  postId: string;
  email: string;
}

/** Comments waiting for a moderator, oldest first. */
export function waitingComments(db: Db, limit = 100): WaitingComment[] {
  return statement(
    db,
    `SELECT id, post_id AS postId, name, email, body, created_at AS createdAt FROM news_comments
     WHERE state = 'waiting' ORDER BY created_at, id LIMIT ?`,
  ).all(limit) as WaitingComment[];
}

/** How many comments wait for a moderator. */
export function countWaitingComments(db: Db): number {
  return statement(db, "SELECT count(*) FROM news_comments WHERE state = 'waiting'")
    .pluck()
    .get() as number;
}

export const COMMENT_DECISIONS = ['approved', 'rejected', 'spam'] as const;
export type CommentDecision = (typeof COMMENT_DECISIONS)[number];

/** A moderator's decision, recorded in the audit log; false if someone else decided first. */
export function decideComment(
  db: Db,
  id: number,
  decision: CommentDecision,
  userId: number,
  now: Date,
): boolean {
  return db.transaction(() => {
    const decided =
      statement(
        db,
        `UPDATE news_comments SET state = ?, decided_at = ?, decided_by = ?
         WHERE id = ? AND state = 'waiting'`,
      ).run(decision, now.toISOString(), userId, id).changes === 1;
    if (decided) recordAudit(db, userId, `comment.${decision}`, { comment: id }, now);
    return decided;
  })();
}
