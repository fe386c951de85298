import type { Db } from '../db.ts';
import { outboxLag, type OutboxLag } from '../email/outbox.ts';
import { log } from '../log.ts';
import { replicationHealth, type ReplicationHealth } from '../replication/lag.ts';

export interface Health {
  status: 'ok' | 'unavailable';
  database: { ok: boolean; councils?: number };
  /** Emails due and waiting, how long the oldest has been due, those set for later, those given up. */
  outbox?: OutboxLag;
  /**
   * Litestream's copy of the database: off, or on with its lag. A lagging replica leaves the site
   * "ok" (it still serves); the README says when to alert.
   */
  replication: ReplicationHealth;
}

/**
 * What /healthz reports. The database counts as healthy only if a real query over a real table
 * answers, so a file that was opened but has since become unreadable or damaged shows up here.
 */
export function checkHealth(database: () => Db): Health {
  try {
    const db = database();
    const councils = db.prepare('SELECT count(*) FROM councils').pluck().get() as number;
    return {
      status: 'ok',
      database: { ok: true, councils },
      outbox: outboxLag(db, new Date()),
      replication: replicationHealth(),
    };
  } catch (error) {
    // The reason goes to the operator's log, not to the public: it can name paths on the server.
    log.error(
      { error: error instanceof Error ? error.message : String(error) },
      'health check failed',
    );
    return { status: 'unavailable', database: { ok: false }, replication: replicationHealth() };
  }
}
