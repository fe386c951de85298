import type { Db } from '../db.ts';
import type { Transport } from './transport.ts';
import { startOutboxWorker } from './worker.ts';

/* For the outbox tests: a message to queue, and one round of the worker. */

export const message = {
  template: 'test',
  to: 'jo@example.org',
  subject: 'Hello',
  html: '<p>Hi</p>',
  text: 'Hi',
};

/** Runs the outbox worker once over what is due, then stops it. */
export async function runOutboxOnce(
  db: Db,
  transport: Transport,
  log: (line: string) => void = () => {},
): Promise<void> {
  const worker = startOutboxWorker({ db: () => db, transport, intervalMs: 60_000, log });
  await worker.runOnce();
  await worker.stop();
}
