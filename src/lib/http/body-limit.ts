import type { IncomingMessage, ServerResponse } from 'node:http';
import { TOO_LARGE_MESSAGE } from './form-errors.ts';

/**
 * The most a request body may hold. Every form on the site sends a few hundred bytes (the longest,
 * a letter, about 10 KB); 64 KB is room to spare, yet a flood of bodies cannot fill the memory.
 */
export const FORM_BODY_LIMIT = 64 * 1024;

/**
 * Webhooks carry the provider's event, which we must read whole to check its signature. Neither
 * Stripe nor Resend publishes a largest event; theirs are a few kilobytes, so 1 MiB is generous
 * and still bounded.
 */
export const WEBHOOK_BODY_LIMIT = 1024 * 1024;

const WEBHOOKS = new Set(['/api/stripe/webhook', '/api/resend/webhook']);

/** The limit for a request to `url` (a path with its query). */
export function bodyLimitFor(url: string | undefined): number {
  return WEBHOOKS.has((url ?? '/').split('?', 1)[0]!) ? WEBHOOK_BODY_LIMIT : FORM_BODY_LIMIT;
}

/** Whether the request may carry a body Astro would read (it reads one for all but GET and HEAD). */
export function mayHaveBody(req: IncomingMessage): boolean {
  return req.method !== 'GET' && req.method !== 'HEAD';
}

/**
 * Reads a request's body as it arrives, up to `limit` bytes. A body that says it is longer, or
 * turns out longer while streaming in (chunked uploads say nothing), gives undefined at once, and
 * nothing more is read: memory holds at most `limit` bytes of it. Rejects if the client goes away.
 */
export function readLimitedBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', reject);
    };
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        stop();
        req.pause();
        resolve(undefined);
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, length));
    };
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', reject);
  });
}

/** How long the rest of a refused body is read and dropped before the connection is closed. */
const LINGER_MS = 1_000;

/**
 * Answers a body over the limit with 413. The rest of the body is read and dropped for a moment
 * (memory holds none of it), then the connection is closed: closing at once, with the client
 * still sending, resets the connection, and the client may lose our answer with it. No form on
 * the site can send this much, so the words a page would show, as plain text, are enough.
 */
export function refuseTooLarge(req: IncomingMessage, res: ServerResponse, limit: number): void {
  req.resume();
  const linger = setTimeout(() => req.socket.destroy(), LINGER_MS);
  req.once('end', () => clearTimeout(linger));
  res.writeHead(413, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${TOO_LARGE_MESSAGE} (We accept ${Math.round(limit / 1024)} KB at most.)\n`);
}
