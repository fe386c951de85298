import type { Env } from '../env.ts';
import type { EmailMessage, QueuedEmail } from './outbox.ts';
import { reservedDomainOf } from './reserved-domains.ts';

type Failure = {
  ok: false;
  error: string;
  permanent: boolean;
  /** The provider said too many requests, and how long to wait before the next one. */
  retryAfterMs?: number;
};
export type SendResult = { ok: true; providerId: string | null } | Failure;
export type BatchResult = { ok: true; providerIds: (string | null)[] } | Failure;

/** Something that delivers email. */
export interface Transport {
  name: string;
  /**
   * Only the development transport says yes: it delivers nowhere, so the message left in the
   * outbox is the developer's copy, to read at /dev/outbox, and keeps its body once "sent". Every
   * real transport's messages lose theirs when sent (see markSent).
   */
  keepsSentBodies?: true;
  /**
   * Why this transport will not carry a message to `to`, when it will not. The outbox worker and
   * the mailing sender ask before every send and record the answer instead of trying: a refusal
   * is for good, never retried.
   */
  refuses?(to: string): string | undefined;
  send(message: QueuedEmail): Promise<SendResult>;
  /** Up to BATCH_SIZE messages in one request, delivered once under one idempotency key. */
  sendBatch(messages: EmailMessage[], idempotencyKey: string): Promise<BatchResult>;
}

/** The most messages Resend takes in one batch request. */
export const BATCH_SIZE = 100;

/**
 * Why a message to `to` is not sent, if it is on a reserved domain (see reserved-domains.ts): the
 * seed's unchecked targets are there, and so are addresses people type to try a form.
 */
function reservedDomainRefusal(to: string): string | undefined {
  const domain = reservedDomainOf(to);
  return domain && `not sent: ${domain} is a reserved domain, nobody can receive mail there`;
}

/**
 * Resend's HTTP API: the only code that talks to Resend. The outbox's idempotency key goes in the
 * Idempotency-Key header, so a message (or a batch) retried after a crash is delivered once.
 */
export function resendTransport(options: {
  apiKey: string;
  baseUrl: string;
  from: string;
  /**
   * Refuse addresses on reserved domains, as production does: such a message reaches nobody, and
   * one that carries scaffolding (an unchecked target, a tester's address) must not go out from
   * the campaign's domain. Tests send to them, to a fake Resend, as development always has.
   */
  refuseReservedDomains?: boolean;
}): Transport {
  const payload = (message: EmailMessage) => ({
    from: options.from,
    to: [message.to],
    subject: message.subject,
    html: message.html,
    text: message.text,
    headers: message.headers ?? {},
    ...(message.replyTo && { reply_to: message.replyTo }),
  });

  async function post(path: string, idempotencyKey: string, body: unknown) {
    let response: Response;
    try {
      response = await fetch(`${options.baseUrl}${path}`, {
        method: 'POST',
        signal: AbortSignal.timeout(10_000),
        headers: {
          Authorization: `Bearer ${options.apiKey}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': idempotencyKey,
        },
        body: JSON.stringify(body),
      });
    } catch (error) {
      return { ok: false, error: `network: ${(error as Error).name}`, permanent: false } as const;
    }
    if (response.ok) return { ok: true, body: await response.json().catch(() => ({})) } as const;
    const detail = (await response.text().catch(() => '')).slice(0, 200);
    const error = `status ${response.status}: ${detail}`;
    if (response.status === 429) {
      // Too many requests a second (a per-team limit Resend raises on request), or the day's or
      // month's quota used up: either way the message is fine and waits. Resend says how long;
      // if it does not, a second for the rate, an hour for a quota.
      const seconds = Number(response.headers.get('retry-after'));
      const quota = /quota/i.test(detail);
      const retryAfterMs =
        Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : quota ? 60 * 60_000 : 1000;
      return { ok: false, error, permanent: false, retryAfterMs } as const;
    }
    // Conflicts and server errors pass; anything else is about the message itself.
    const permanent = response.status < 500 && ![408, 409].includes(response.status);
    return { ok: false, error, permanent } as const;
  }

  return {
    name: 'resend',
    ...(options.refuseReservedDomains && { refuses: reservedDomainRefusal }),
    async send(message) {
      const result = await post('/emails', message.idempotencyKey, payload(message));
      if (!result.ok) return result;
      return { ok: true, providerId: (result.body as { id?: string }).id ?? null };
    },
    async sendBatch(messages, idempotencyKey) {
      const result = await post('/emails/batch', idempotencyKey, messages.map(payload));
      if (!result.ok) return result;
      const ids = (result.body as { data?: { id?: string }[] }).data ?? [];
      return { ok: true, providerIds: messages.map((_, i) => ids[i]?.id ?? null) };
    },
  };
}

/**
 * For development without a Resend key: the message is marked sent and stays in the outbox, its
 * links and all, where /dev/outbox shows it. Nothing leaves the machine; never in production.
 */
export const devTransport: Transport = {
  name: 'dev',
  keepsSentBodies: true,
  send: async () => ({ ok: true, providerId: null }),
  sendBatch: async (messages) => ({ ok: true, providerIds: messages.map(() => null) }),
};

/**
 * Resend when there is a key, refusing reserved domains in production; in development without
 * one, the outbox viewer. In production without a key there is no transport at all: emails wait,
 * queued, until one is configured, rather than being marked sent and never delivered.
 */
export function transportFromEnv(env: Env): Transport | undefined {
  if (env.RESEND_API_KEY) {
    return resendTransport({
      apiKey: env.RESEND_API_KEY,
      baseUrl: env.RESEND_API_URL,
      from: env.EMAIL_FROM,
      refuseReservedDomains: env.NODE_ENV === 'production',
    });
  }
  return env.NODE_ENV === 'production' ? undefined : devTransport;
}
