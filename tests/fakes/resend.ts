import { createServer } from 'node:http';
import { listen, readBody, sendJson, type FakeService } from './listen.ts';

export interface Delivery {
  id: string;
  idempotencyKey: string | null;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  reply_to?: string | string[];
  /** When the fake took it (ms since the epoch), for timing tests. */
  receivedAt: number;
}

export interface FakeResend extends FakeService {
  /** Every email accepted, once per idempotency key, as Resend would deliver it. */
  deliveries: Delivery[];
  /** Requests received, including refused and repeated ones. */
  requests: number;
  /** Requests answered from an earlier one under the same Idempotency-Key, delivering nothing. */
  repeats: number;
}

interface FakeResendOptions {
  failFirst?: number;
  alwaysFail?: boolean;
  apiKey?: string;
  /** How long it takes to answer after taking the emails, as a real provider does. */
  answerAfterMs?: number;
  /** Like Resend's rate limit: more requests than this in a second get 429 and retry-after. */
  requestsPerSecond?: number;
  /** Like Resend once the day's quota is used up: every request gets 429, with no retry-after. */
  quotaUsedUp?: boolean;
}

/** An email as the site sends it; the fake adds its id, key and time. */
type Sent = Omit<Delivery, 'id' | 'idempotencyKey' | 'receivedAt'>;

/**
 * Why Resend would refuse one email as invalid, as its API checks each: a `from`, a subject, a
 * body and 1 to 50 recipients, each an address. Resend answers 422 for an invalid field.
 */
function invalidity(email: Partial<Sent>): string | undefined {
  if (!email.from) return 'The `from` field is missing.';
  const to = email.to ?? [];
  if (to.length === 0 || to.length > 50) return 'The `to` field must hold 1 to 50 addresses.';
  if (to.some((address) => !/^[^\s@<>]+@[^\s@<>]+$/.test(address))) {
    return 'Invalid `to` field. The email address needs to follow the `email@example.com` format.';
  }
  if (!email.subject) return 'The `subject` field is missing.';
  if (!email.html && !email.text) return 'The email needs `html` or `text`.';
  return undefined;
}

/**
 * Resend's answer to a request's emails, if it refuses them: a batch in strict validation mode
 * (the default, the mode the site uses) is checked whole before any of it is taken, and one
 * invalid email refuses it all, naming only that email's error
 * (https://resend.com/docs/dashboard/emails/batch-validation-modes).
 */
function invalidRequest(parsed: unknown, batch: boolean): string | undefined {
  if (!batch) return invalidity(parsed as Partial<Sent>);
  if (!Array.isArray(parsed) || parsed.length === 0 || parsed.length > 100) {
    return 'A batch holds 1 to 100 emails';
  }
  for (const email of parsed as Partial<Sent>[]) {
    const why = invalidity(email);
    if (why) return why;
  }
  return undefined;
}

/** Counts requests in whole seconds; says whether this one is over `limit` (none: never). */
function perSecond(limit: number | undefined): () => boolean {
  let second = { start: 0, count: 0 };
  return () => {
    if (!limit) return false;
    const at = Date.now();
    if (at - second.start >= 1000) second = { start: at, count: 0 };
    second.count += 1;
    return second.count > limit;
  };
}

/**
 * Why Resend would refuse the `nth` request before taking its emails, checked in the order
 * Resend checks: the key, the day's quota, the rate, then the failures a test asked for.
 */
function refusal(
  options: FakeResendOptions,
  authorization: string | undefined,
  nth: number,
  overRate: () => boolean,
): { status: number; body: object; retryAfter?: boolean } | undefined {
  if (options.apiKey && authorization !== `Bearer ${options.apiKey}`) {
    return { status: 401, body: { message: 'API key is invalid' } };
  }
  if (options.quotaUsedUp) {
    return { status: 429, body: { name: 'daily_quota_exceeded', message: 'Daily quota reached' } };
  }
  if (overRate()) return { status: 429, body: { message: 'Too many requests' }, retryAfter: true };
  if (options.alwaysFail || nth <= (options.failFirst ?? 0)) {
    return { status: 500, body: { message: 'Internal server error' } };
  }
  return undefined;
}

/**
 * A stand-in for Resend's HTTP API (POST /emails and /emails/batch), keeping what it is sent. Like Resend it
 * answers a repeated Idempotency-Key with the first answer and delivers nothing new, and refuses
 * an invalid email with 422, a batch holding one with it (strict validation). It can fail
 * the first `failFirst` requests with a 500, or every request, and limit requests a second.
 *
 * End-to-end tests read what arrived from GET /_test/emails (the fake runs in another process).
 */
export async function startFakeResend(options: FakeResendOptions = {}): Promise<FakeResend> {
  const deliveries: Delivery[] = [];
  const answers = new Map<string, unknown>();
  const overRate = perSecond(options.requestsPerSecond);
  let requests = 0;
  let repeats = 0;
  const server = createServer(async (req, res) => {
    if (req.method === 'GET' && req.url?.startsWith('/_test/emails')) {
      return sendJson(res, 200, deliveries);
    }
    const batch = req.url === '/emails/batch';
    if (req.method !== 'POST' || (req.url !== '/emails' && !batch)) {
      return sendJson(res, 404, { message: 'Not found' });
    }
    requests += 1;
    const body = await readBody(req);
    const refused = refusal(options, req.headers.authorization, requests, overRate);
    if (refused) {
      if (refused.retryAfter) res.setHeader('retry-after', '1');
      return sendJson(res, refused.status, refused.body);
    }
    const key = (req.headers['idempotency-key'] as string | undefined) ?? null;
    if (key && answers.has(key)) {
      repeats += 1;
      return sendJson(res, 200, answers.get(key));
    }
    const parsed = JSON.parse(body) as unknown;
    const invalid = invalidRequest(parsed, batch);
    if (invalid) {
      return sendJson(res, 422, { statusCode: 422, name: 'validation_error', message: invalid });
    }
    const receivedAt = Date.now();
    const deliver = (email: Sent) => {
      const id = `fake-${deliveries.length + 1}`;
      deliveries.push({
        ...email,
        headers: email.headers ?? {},
        id,
        idempotencyKey: key,
        receivedAt,
      });
      return { id };
    };
    // Like Resend's batch endpoint: every email in the batch accepted, their ids in order.
    const answer = batch ? { data: (parsed as Sent[]).map(deliver) } : deliver(parsed as Sent);
    if (key) answers.set(key, answer);
    if (options.answerAfterMs) {
      await new Promise((resolve) => setTimeout(resolve, options.answerAfterMs));
    }
    sendJson(res, 200, answer);
  });
  const service = await listen(server);
  return {
    ...service,
    deliveries,
    get requests() {
      return requests;
    },
    get repeats() {
      return repeats;
    },
  };
}
