import { ActionError, defineAction, type ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { createLoginLimits } from '../../lib/admin/login-limits.ts';
import { emailSetPasswordLink } from '../../lib/admin/password-links.ts';
import {
  endSession,
  logOutEverywhere,
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
  signIn,
} from '../../lib/admin/sessions.ts';
import {
  canTurnOnTwoFactor,
  CodeSchema,
  disableTwoFactor,
  enableTwoFactor,
  ENTER_CODE,
  NO_TWO_FACTOR_KEY,
} from '../../lib/admin/two-factor.ts';
import {
  checkLogin,
  findBySetPasswordToken,
  setPassword,
  setPasswordForm,
} from '../../lib/admin/users.ts';
import { getDb } from '../../lib/db.ts';
import { readEnv } from '../../lib/env.ts';
import { EMAIL_MAX_LENGTH } from '../../lib/form-fields.ts';
import { failureLimit, LIMITS, limitValue } from '../../lib/http/limits.ts';
import { emailLinkAction } from '../email-link.ts';
import { requireLogin } from './guard.ts';

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

/** A new session for the account, in the cookie, recorded as `how` it signed in. */
function startSignedIn(
  context: ActionAPIContext,
  userId: number,
  how: 'account.login' | 'account.set-password',
) {
  const session = signIn(getDb(), userId, how, {
    replacing: context.locals.adminSession,
    now: new Date(),
  });
  context.cookies.set(SESSION_COOKIE, session, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.SITE_URL.startsWith('https:'),
    path: '/admin',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

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

/** Logging in and out, setting a password, and two-step login: a campaign account's own keys. */
export const signInActions = {
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
      startSignedIn(context, user.id, 'account.login');
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
      if (admin) logOutEverywhere(getDb(), admin.id, new Date());
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
      startSignedIn(context, outcome.user.id, 'account.set-password');
      return { done: true };
    },
  }),

  /** A set-password link emailed to the account's owner: for a forgotten password or a lockout. */
  requestPasswordLink: emailLinkAction((email, now) =>
    emailSetPasswordLink(getDb(), email, env.SITE_URL, now),
  ),
};
