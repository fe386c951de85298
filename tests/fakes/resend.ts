import { createServer } from 'node:http';
import { listen, readBody, type FakeService } from './listen.ts';

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
}

/**
 * A stand-in for Resend's HTTP API (POST /emails and /emails/batch), keeping what it is sent. Like Resend it
 * answers a repeated Idempotency-Key with the first answer and delivers nothing new. It can fail
 * the first `failFirst` requests with a 500, or every request, and limit requests a second.
 *
 * End-to-end tests read what arrived from GET /_test/emails (the fake runs in another process).
 */
export async function startFakeResend(
  options: {
    failFirst?: number;
    alwaysFail?: boolean;
    apiKey?: string;
    /** How long it takes to answer after taking the emails, as a real provider does. */
    answerAfterMs?: number;
    /** Like Resend's rate limit: more requests than this in a second get 429 and retry-after. */
    requestsPerSecond?: number;
    /** Like Resend once the day's quota is used up: every request gets 429, with no retry-after. */
    quotaUsedUp?: boolean;
  } = {},
): Promise<FakeResend> {
  const deliveries: Delivery[] = [];
  const byKey = new Map<string, string>();
  let requests = 0;
  let second = { start: 0, count: 0 };
  const server = createServer(async (req, res) => {
    res.setHeader('Content-Type', 'application/json');
    if (req.method === 'GET' && req.url?.startsWith('/_test/emails')) {
      res.end(JSON.stringify(deliveries));
      return;
    }
    const batch = req.url === '/emails/batch';
    if (req.method !== 'POST' || (req.url !== '/emails' && !batch)) {
      res.writeHead(404).end(JSON.stringify({ message: 'Not found' }));
      return;
    }
    requests += 1;
    const body = await readBody(req);
    if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      res.writeHead(401).end(JSON.stringify({ message: 'API key is invalid' }));
      return;
    }
    if (options.quotaUsedUp) {
      res
        .writeHead(429)
        .end(JSON.stringify({ name: 'daily_quota_exceeded', message: 'Daily quota reached' }));
      return;
    }
    if (options.requestsPerSecond) {
      const at = Date.now();
      if (at - second.start >= 1000) second = { start: at, count: 0 };
      second.count += 1;
      if (second.count > options.requestsPerSecond) {
        res.setHeader('retry-after', '1');
        res.writeHead(429).end(JSON.stringify({ message: 'Too many requests' }));
        return;
      }
    }
    if (options.alwaysFail || requests <= (options.failFirst ?? 0)) {
      res.writeHead(500).end(JSON.stringify({ message: 'Internal server error' }));
      return;
    }
    const key = (req.headers['idempotency-key'] as string | undefined) ?? null;
    const known = key ? byKey.get(key) : undefined;
    if (known) {
      res.end(known);
      return;
    }
    const receivedAt = Date.now();
    const deliver = (email: Omit<Delivery, 'id' | 'idempotencyKey' | 'receivedAt'>) => {
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
    const parsed = JSON.parse(body) as unknown;
    if (batch && (!Array.isArray(parsed) || parsed.length === 0 || parsed.length > 100)) {
      res.writeHead(422).end(JSON.stringify({ message: 'A batch holds 1 to 100 emails' }));
      return;
    }
    // Like Resend's batch endpoint: every email in the batch accepted, their ids in order.
    const answer = JSON.stringify(
      batch
        ? { data: (parsed as Parameters<typeof deliver>[0][]).map(deliver) }
        : deliver(parsed as Parameters<typeof deliver>[0]),
    );
    if (key) byKey.set(key, answer);
    if (options.answerAfterMs) {
      await new Promise((resolve) => setTimeout(resolve, options.answerAfterMs));
    }
    res.end(answer);
  });
  const service = await listen(server);
  return {
    ...service,
    deliveries,
    get requests() {
      return requests;
    },
  };
}
