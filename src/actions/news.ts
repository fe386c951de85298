import { ActionError, defineAction } from 'astro:actions';
import { getEntry } from 'astro:content';
import { getDb } from '../lib/db.ts';
import { addComment, CommentFormSchema } from '../lib/news/comments.ts';
import { refuseIfPaused } from './paused.ts';
import { requestLimit } from './shapes.ts';

const commentsByIp = requestLimit('comments');

export const news = {
  /** A comment under a news post, kept for a moderator. */
  postComment: defineAction({
    accept: 'form',
    input: CommentFormSchema,
    handler: async (form, context) => {
      if (!(await getEntry('news', form.post))) {
        throw new ActionError({ code: 'NOT_FOUND', message: 'There is no such news post.' });
      }
      // A filled honeypot is a bot: it is told what a person would be told, and nothing is kept.
      if (form.website) return { post: form.post };
      refuseIfPaused('comments');
      commentsByIp(context.clientAddress);
      addComment(getDb(), form, new Date());
      return { post: form.post };
    },
  }),
};
