import { ActionError, defineAction, type ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { recordAudit } from '../lib/audit/audit.ts';
import { createLoginLimits } from '../lib/admin/login-limits.ts';
import { emailSetPasswordLink } from '../lib/admin/password-links.ts';
import {
  endAllSessions,
  endSession,
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
  startSession,
} from '../lib/admin/sessions.ts';
import {
  can,
  checkLogin,
  findBySetPasswordToken,
  ROLES,
  setPassword,
  setPasswordForm,
  type Permission,
} from '../lib/admin/users.ts';
import {
  changeRole,
  inviteAccount,
  NewAccountSchema,
  removeAccess,
} from '../lib/admin/accounts.ts';
import {
  hasAFilter,
  InvalidationFilterFields,
  invalidatePledges,
  NO_FILTER,
} from '../lib/pledges/invalidation.ts';
import {
  canTurnOnTwoFactor,
  CodeSchema,
  disableTwoFactor,
  enableTwoFactor,
  ENTER_CODE,
  NO_TWO_FACTOR_KEY,
} from '../lib/admin/two-factor.ts';
import { PAUSABLE, pauseFeature, PauseFormSchema, resumeFeature } from '../lib/admin/pauses.ts';
import { dismissReport } from '../lib/councils/reports.ts';
import { getDb } from '../lib/db.ts';
import { COMMENT_DECISIONS, decideComment } from '../lib/news/comments.ts';
import {
  createMailing,
  findMailing,
  MailingFormSchema,
  sendTestMailing,
  setMailingPaused,
  startMailing,
  updateMailing,
} from '../lib/mailings/mailings.ts';
import { readEnv } from '../lib/env.ts';
import {
  OfflineSupportersFormSchema,
  recordOfflineSupporters,
} from '../lib/pledges/offline-supporters.ts';
import { approveSigningRequest, HowCheckedSchema } from '../lib/signing/requests.ts';
import { rejectSigningRequest, RejectionSchema } from '../lib/signing/rejection.ts';
import { EMAIL_MAX_LENGTH } from '../lib/form-fields.ts';
import { failureLimit, LIMITS, limitValue } from '../lib/http/limits.ts';
import { emailLinkAction } from './email-link.ts';

const env = readEnv();
const loginLimits = createLoginLimits({
  perAddress: limitValue('loginsByAddress', env),
  perAccount: limitValue('loginsByAccount', env),
});
const codesByAccount = failureLimit('setPasswordCodes', env);

/** Where the browser may be sent after logging in: a page of the admin area, nothing else. */
const AdminPath = z.preprocess(
  (value) =>
    typeof value === 'string' && /^\/admin(\/[a-z0-9/-]*)?$/.test(value) ? value : '/admin',
  z.string(),
);

function startSignedIn(context: ActionAPIContext, userId: number) {
  // A fresh session id at every login, so a session planted before login is worth nothing.
  if (context.locals.adminSession) endSession(getDb(), context.locals.adminSession);
  context.cookies.set(SESSION_COOKIE, startSession(getDb(), userId, new Date()), {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.SITE_URL.startsWith('https:'),
    path: '/admin',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

function requireLogin(context: ActionAPIContext) {
  const admin = context.locals.admin;
  if (!admin) throw new ActionError({ code: 'UNAUTHORIZED', message: 'Please log in first.' });
  return admin;
}

/** The signed-in account, when it may do this; otherwise the action fails with 401 or 403. */
export function requirePermission(context: ActionAPIContext, permission: Permission) {
  const admin = requireLogin(context);
  if (!can(admin.role, permission)) {
    throw new ActionError({ code: 'FORBIDDEN', message: 'Your account cannot do this.' });
  }
  return admin;
}

const RequestId = z.coerce.number().int().positive();

const tooManyTries = (orElse?: string) =>
  new ActionError({
    code: 'TOO_MANY_REQUESTS',
    message: LIMITS.setPasswordCodes.message(orElse),
  });

const wrongCode = () =>
  new ActionError({
    code: 'UNAUTHORIZED',
    message: 'That code is wrong, or has been used. Wait for the next code and try again.',
  });

const notYourself = () =>
  new ActionError({
    code: 'CONFLICT',
    message: 'You cannot change your own account here; ask another admin.',
  });

const alreadySent = () =>
  new ActionError({
    code: 'CONFLICT',
    message: 'This email has already been sent, so it cannot be changed or sent again.',
  });

export const admin = {
  logIn: defineAction({
    accept: 'form',
    input: z.object({
      email: z.string().trim().min(1, 'Enter your email address').max(EMAIL_MAX_LENGTH),
      password: z.string().min(1, 'Enter your password').max(200),
      next: AdminPath,
      code: z.string().max(20).optional(),
    }),
    handler: async ({ email, password, next, code }, context) => {
      if (!loginLimits.allows(email, context.clientAddress)) {
        throw tooManyTries('or ask for a link to set a new password');
      }
      const user = await checkLogin(getDb(), email, password, {
        now: new Date(),
        code,
        key: env.TWO_FACTOR_KEY,
      });
      if (!user) {
        loginLimits.failed(email, context.clientAddress);
        throw new ActionError({
          code: 'UNAUTHORIZED',
          message:
            'Those details do not match an account. Check your email address and password and, if you use two-step login, the code your app shows now: each code works once.',
        });
      }
      startSignedIn(context, user.id);
      recordAudit(getDb(), user.id, 'account.login');
      return { next };
    },
  }),

  logOut: defineAction({
    accept: 'form',
    handler: (_input, context) => {
      if (context.locals.adminSession) endSession(getDb(), context.locals.adminSession);
      context.cookies.delete(SESSION_COOKIE, { path: '/admin' });
      return { done: true };
    },
  }),

  /** Ends every session of the account, on every device: for a lost laptop or a shared one. */
  logOutEverywhere: defineAction({
    accept: 'form',
    handler: (_input, context) => {
      const admin = context.locals.admin;
      if (admin) {
        endAllSessions(getDb(), admin.id);
        recordAudit(getDb(), admin.id, 'account.logout-everywhere');
      }
      context.cookies.delete(SESSION_COOKIE, { path: '/admin' });
      return { done: true };
    },
  }),

  /** Two-step login on, once the app shows a right code for the new secret. */
  enableTwoFactor: defineAction({
    accept: 'form',
    input: z.object({ secret: z.string().regex(/^[A-Z2-7]{16,64}$/), code: CodeSchema }),
    handler: ({ secret, code }, context) => {
      const admin = requireLogin(context);
      if (!canTurnOnTwoFactor(env.TWO_FACTOR_KEY, env.NODE_ENV === 'production')) {
        throw new ActionError({ code: 'SERVICE_UNAVAILABLE', message: NO_TWO_FACTOR_KEY });
      }
      if (
        !enableTwoFactor(getDb(), admin.id, secret, code, {
          now: new Date(),
          key: env.TWO_FACTOR_KEY,
        })
      ) {
        throw wrongCode();
      }
      return { on: true };
    },
  }),

  disableTwoFactor: defineAction({
    accept: 'form',
    input: z.object({ code: CodeSchema }),
    handler: ({ code }, context) => {
      const admin = requireLogin(context);
      if (
        !disableTwoFactor(getDb(), admin.id, code, { now: new Date(), key: env.TWO_FACTOR_KEY })
      ) {
        throw wrongCode();
      }
      return { on: false };
    },
  }),

  setPassword: defineAction({
    accept: 'form',
    input: setPasswordForm((token) => findBySetPasswordToken(getDb(), token, new Date())?.email),
    handler: async ({ token, password, code }, context) => {
      const account = findBySetPasswordToken(getDb(), token, new Date());
      if (account && !codesByAccount.allows(String(account.id))) throw tooManyTries();
      const outcome = await setPassword(getDb(), token, password, {
        now: new Date(),
        code,
        key: env.TWO_FACTOR_KEY,
      });
      if (outcome.kind === 'unusable') {
        throw new ActionError({
          code: 'NOT_FOUND',
          message: 'This link has been used or has expired.',
        });
      }
      if (outcome.kind === 'code-needed') {
        throw new ActionError({ code: 'UNAUTHORIZED', message: ENTER_CODE });
      }
      if (outcome.kind === 'wrong-code') {
        if (account) codesByAccount.fail(String(account.id));
        throw wrongCode();
      }
      startSignedIn(context, outcome.user.id);
      recordAudit(getDb(), outcome.user.id, 'account.set-password');
      return { done: true };
    },
  }),

  /** A set-password link emailed to the account's owner: for a forgotten password or a lockout. */
  requestPasswordLink: emailLinkAction((email, now) =>
    emailSetPasswordLink(getDb(), email, env.SITE_URL, now),
  ),

  approveSigning: defineAction({
    accept: 'form',
    input: z.object({ id: RequestId, howChecked: HowCheckedSchema }),
    handler: ({ id, howChecked }, context) => {
      const admin = requirePermission(context, 'approve-signings');
      return approveSigningRequest(getDb(), id, {
        adminId: admin.id,
        now: new Date(),
        siteUrl: env.SITE_URL,
        howChecked,
      });
    },
  }),

  /** Nothing needs changing. (A report is accepted by putting the record right: council-records.ts.) */
  dismissReport: defineAction({
    accept: 'form',
    input: z.object({ id: RequestId }),
    handler: ({ id }, context) => {
      const admin = requirePermission(context, 'review-reports');
      return { dismissed: dismissReport(getDb(), id, admin.id, new Date()) };
    },
  }),

  /** A kill switch: stops pledges, letters or comments site-wide, with a notice the public sees. */
  pauseFeature: defineAction({
    accept: 'form',
    input: PauseFormSchema,
    handler: (form, context) => {
      const admin = requirePermission(context, 'pause-features');
      pauseFeature(getDb(), form, admin.id, new Date());
      return { feature: form.feature };
    },
  }),

  resumeFeature: defineAction({
    accept: 'form',
    input: z.object({ feature: z.enum(PAUSABLE) }),
    handler: ({ feature }, context) => {
      const admin = requirePermission(context, 'pause-features');
      return { feature, resumed: resumeFeature(getDb(), feature, admin.id, new Date()) };
    },
  }),

  createMailing: defineAction({
    accept: 'form',
    input: MailingFormSchema,
    handler: (form, context) => {
      const admin = requirePermission(context, 'mobilise');
      return { id: createMailing(getDb(), form, admin.id, new Date()) };
    },
  }),

  updateMailing: defineAction({
    accept: 'form',
    input: MailingFormSchema.extend({ id: RequestId }),
    handler: ({ id, ...form }, context) => {
      const admin = requirePermission(context, 'mobilise');
      if (!updateMailing(getDb(), id, form, admin.id, new Date())) throw alreadySent();
      return { id };
    },
  }),

  /** A copy to the campaigner's own address, through the outbox like any email. */
  sendTestMailing: defineAction({
    accept: 'form',
    input: z.object({ id: RequestId }),
    handler: ({ id }, context) => {
      const admin = requirePermission(context, 'mobilise');
      const mailing = findMailing(getDb(), id);
      if (!mailing)
        throw new ActionError({ code: 'NOT_FOUND', message: 'There is no such email.' });
      sendTestMailing(getDb(), mailing, admin, { now: new Date(), siteUrl: env.SITE_URL });
      return { id };
    },
  }),

  startMailing: defineAction({
    accept: 'form',
    input: z.object({
      id: RequestId,
      checked: z.boolean().refine(Boolean, 'Tick the box to say you have read the test email'),
    }),
    handler: ({ id }, context) => {
      const admin = requirePermission(context, 'mobilise');
      const outcome = startMailing(getDb(), id, admin.id, new Date());
      if (outcome.kind === 'not-draft') throw alreadySent();
      if (outcome.kind === 'nobody') {
        throw new ActionError({
          code: 'CONFLICT',
          message: 'Nobody is in this group now, so nothing was sent. Choose another group.',
        });
      }
      return { id, recipients: outcome.recipients };
    },
  }),

  pauseMailing: defineAction({
    accept: 'form',
    input: z.object({ id: RequestId }),
    handler: ({ id }, context) => {
      const admin = requirePermission(context, 'mobilise');
      return { id, changed: setMailingPaused(getDb(), id, true, admin.id, new Date()) };
    },
  }),

  resumeMailing: defineAction({
    accept: 'form',
    input: z.object({ id: RequestId }),
    handler: ({ id }, context) => {
      const admin = requirePermission(context, 'mobilise');
      return { id, changed: setMailingPaused(getDb(), id, false, admin.id, new Date()) };
    },
  }),

  /** Supporters who signed up offline, or a correction of an entry: in the public total at once. */
  recordOfflineSupporters: defineAction({
    accept: 'form',
    input: OfflineSupportersFormSchema,
    handler: (form, context) => {
      const admin = requirePermission(context, 'record-offline-supporters');
      const outcome = recordOfflineSupporters(getDb(), form, admin.id, new Date());
      if (outcome.kind === 'unknown-council') {
        throw new ActionError({ code: 'BAD_REQUEST', message: 'Choose a council from the list.' });
      }
      if (outcome.kind === 'no-such-entry') {
        throw new ActionError({ code: 'NOT_FOUND', message: 'There is no such entry to correct.' });
      }
      if (outcome.kind === 'already-corrected') {
        throw new ActionError({
          code: 'CONFLICT',
          message: `Entry ${form.corrects} has been corrected already, by entry ${outcome.by}, so nothing was recorded. If that is wrong too, correct it instead.`,
        });
      }
      return { id: outcome.id };
    },
  }),

  decideComment: defineAction({
    accept: 'form',
    input: z.object({ id: RequestId, decision: z.enum(COMMENT_DECISIONS) }),
    handler: ({ id, decision }, context) => {
      const admin = requirePermission(context, 'moderate-comments');
      return { decided: decideComment(getDb(), id, decision, admin.id, new Date()), decision };
    },
  }),

  /** Removes a flood of fake pledges, once the campaigner has seen how many there are. */
  invalidatePledges: defineAction({
    accept: 'form',
    input: InvalidationFilterFields.extend({
      expected: z.coerce.number().int().min(1),
      checked: z.boolean().refine(Boolean, 'Tick the box to say these pledges are fake'),
    }).refine(hasAFilter, NO_FILTER),
    handler: ({ expected, checked: _checked, ...filter }, context) => {
      const admin = requirePermission(context, 'invalidate-pledges');
      const outcome = invalidatePledges(getDb(), filter, expected, admin.id, new Date());
      if (outcome.kind === 'changed') {
        throw new ActionError({
          code: 'CONFLICT',
          message: `The number of matching pledges changed from ${expected} to ${outcome.count.total} while you were looking. Check the count again.`,
        });
      }
      return { count: outcome.count };
    },
  }),

  /**
   * A new account: its link is shown once, on the page that answers, and never put in an address
   * or a log. An existing account is never changed here.
   */
  inviteAccount: defineAction({
    accept: 'form',
    input: NewAccountSchema,
    handler: (form, context) => {
      const admin = requirePermission(context, 'manage-accounts');
      const outcome = inviteAccount(getDb(), form, admin.id, new Date());
      if (outcome.kind === 'exists') {
        throw new ActionError({
          code: 'CONFLICT',
          message:
            'That address already has an account, and nothing about it was changed. To change what it can do, use Change role in the table. If its owner cannot log in, they can have a link emailed to them from the login page.',
        });
      }
      const link = `${env.SITE_URL}/admin/set-password?token=${outcome.token}`;
      return { email: form.email, link };
    },
  }),

  changeRole: defineAction({
    accept: 'form',
    input: z.object({ id: RequestId, role: z.enum(ROLES) }),
    handler: ({ id, role }, context) => {
      const admin = requirePermission(context, 'manage-accounts');
      const outcome = changeRole(getDb(), id, role, admin.id, new Date());
      if (outcome === 'yourself') throw notYourself();
      return { outcome };
    },
  }),

  removeAccess: defineAction({
    accept: 'form',
    input: z.object({ id: RequestId }),
    handler: ({ id }, context) => {
      const admin = requirePermission(context, 'manage-accounts');
      const outcome = removeAccess(getDb(), id, admin.id, new Date());
      if (outcome === 'yourself') throw notYourself();
      return { outcome };
    },
  }),

  rejectSigning: defineAction({
    accept: 'form',
    input: z.object({ id: RequestId, reason: RejectionSchema }),
    handler: ({ id, reason }, context) => {
      const admin = requirePermission(context, 'approve-signings');
      return rejectSigningRequest(getDb(), id, reason, {
        adminId: admin.id,
        now: new Date(),
        siteUrl: env.SITE_URL,
      });
    },
  }),
};
