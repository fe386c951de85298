import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db.ts';
import { commentHtml } from './comment-html.ts';
import {
  addComment,
  approvedComments,
  CommentFormSchema,
  decideComment,
  waitingComments,
} from './comments.ts';
import { openDatabaseWithAccount } from '../admin/testing.ts';

const now = new Date('2026-11-25T10:00:00Z');

describe('a comment as HTML', () => {
  it('shows a script tag as the characters typed', () => {
    expect(commentHtml('<script>alert("x")</script>')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
  });

  it('shows an image with an onerror handler as text', () => {
    expect(commentHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('does not link javascript: addresses', () => {
    const html = commentHtml('javascript:alert(1) and [x](javascript:alert(1))');
    expect(html).not.toContain('<a');
    expect(html).toBe('javascript:alert(1) and [x](javascript:alert(1))');
  });

  it('shows HTML entities as typed, not as what they stand for', () => {
    expect(commentHtml('&lt;b&gt; &amp; &#60;script&#62;')).toBe(
      '&amp;lt;b&amp;gt; &amp;amp; &amp;#60;script&amp;#62;',
    );
  });

  it('links web and email addresses, marked as user content not to be followed', () => {
    expect(commentHtml('See https://example.org/a?b=1&c=2 or write to help@example.org.')).toBe(
      'See <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc">https://example.org/a?b=1&amp;c=2</a>' +
        ' or write to <a href="mailto:help@example.org" rel="nofollow ugc">help@example.org</a>.',
    );
  });

  it('cannot be broken out of through a link', () => {
    const html = commentHtml('https://example.org/"onmouseover="alert(1)');
    expect(html).not.toContain('"onmouseover');
    expect(html).toMatch(/^<a href="https:\/\/example\.org\/&quot;onmouseover=&quot;alert\(1\)"/);
  });

  it('keeps line breaks', () => {
    expect(commentHtml('one\ntwo')).toBe('one<br>\ntwo');
  });
});

describe('comments', () => {
  let db: Db;
  let moderator: number;
  beforeEach(() => {
    ({ db, adminId: moderator } = openDatabaseWithAccount('mo@campaign.example', 'moderator', now));
  });

  const form = (body: string) =>
    CommentFormSchema.parse({ post: 'a-post', name: 'Jo', email: 'jo@example.org', body });

  it('wait for a moderator, and only approved ones are shown', () => {
    const first = addComment(db, form('First'), now);
    const second = addComment(db, form('Second'), now);
    expect(approvedComments(db, 'a-post')).toEqual([]);
    expect(waitingComments(db).map((c) => c.id)).toEqual([first, second]);
    expect(decideComment(db, first, 'approved', moderator, now)).toBe(true);
    expect(decideComment(db, second, 'spam', moderator, now)).toBe(true);
    expect(decideComment(db, second, 'approved', moderator, now)).toBe(false);
    expect(approvedComments(db, 'a-post').map((c) => c.body)).toEqual(['First']);
    expect(
      db.prepare("SELECT action FROM audit_log WHERE action LIKE 'comment.%'").pluck().all(),
    ).toEqual(['comment.approved', 'comment.spam']);
  });

  it('strips control, direction-changing and zero-width characters, keeping line breaks', () => {
    expect(form('a\u0000b\u202ec\r\nd\u200be\u2066f\ufeff').body).toBe('abc\ndef');
  });

  it('says what is missing or too long', () => {
    const result = CommentFormSchema.safeParse({
      post: 'a-post',
      name: '',
      email: 'not an address',
      body: 'x'.repeat(4001),
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'Enter your name',
      'Enter an email address in the right format, with an @ and the part after it, and no spaces',
      'Keep your comment to 4,000 characters or fewer',
    ]);
  });
});
