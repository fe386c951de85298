import type { Env } from '../env.ts';
import type { QueuedEmail } from './outbox.ts';

export type SendResult =
  { ok: true; providerId: string | null } | { ok: false; error: string; permanent: boolean };

/** Something that delivers a queued email. */
export interface Transport {
  name: string;
  send(message: QueuedEmail): Promise<SendResult>;
}

/**
 * Resend's HTTP API: the only code that talks to Resend. The outbox's idempotency key goes in the
 * Idempotency-Key header, so a message retried after a crash is delivered once.
 */
export function resendTransport(options: {
  apiKey: string;
  baseUrl: string;
  from: string;
}): Transport {
  return {
    name: 'resend',
    async send(message) {
      let response: Response;
      try {
        response = await fetch(`${options.baseUrl}/emails`, {
          method: 'POST',
          signal: AbortSignal.timeout(10_000),
          headers: {
            Authorization: `Bearer ${options.apiKey}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': message.idempotencyKey,
          },
          body: JSON.stringify({
            from: options.from,
            to: [message.to],
            subject: message.subject,
            html: message.html,
            text: message.text,
            headers: message.headers,
            ...(message.replyTo && { reply_to: message.replyTo }),
          }),
        });
      } catch (error) {
        return { ok: false, error: `network: ${(error as Error).name}`, permanent: false };
      }
      if (response.ok) {
        const body = (await response.json().catch(() => ({}))) as { id?: string };
        return { ok: true, providerId: body.id ?? null };
      }
      const detail = (await response.text().catch(() => '')).slice(0, 200);
      // Rate limits, conflicts and server errors pass; anything else is about the message itself.
      const permanent = response.status < 500 && ![408, 409, 429].includes(response.status);
      return { ok: false, error: `status ${response.status}: ${detail}`, permanent };
    },
  };
}

/**
 * For development without a Resend key: the message is marked sent and stays in the outbox,
 * where /dev/outbox shows it. Nothing leaves the machine.
 */
export const devTransport: Transport = {
  name: 'dev',
  send: async () => ({ ok: true, providerId: null }),
};

/**
 * Resend when there is a key; in development without one, the outbox viewer. In production
 * without a key there is no transport at all: emails wait, queued, until one is configured,
 * rather than being marked sent and never delivered.
 */
export function transportFromEnv(env: Env): Transport | undefined {
  if (env.RESEND_API_KEY) {
    return resendTransport({
      apiKey: env.RESEND_API_KEY,
      baseUrl: env.RESEND_API_URL,
      from: env.EMAIL_FROM,
    });
  }
  return env.NODE_ENV === 'production' ? undefined : devTransport;
}
