import type { Db } from './db.ts';

export interface Health {
  status: 'ok' | 'unavailable';
  database: { ok: boolean; councils?: number };
}

/**
 * What /healthz reports. The database counts as healthy only if a real query over a real table
 * answers, so a file that was opened but has since become unreadable or damaged shows up here.
 */
export function checkHealth(database: () => Db): Health {
  try {
    const councils = database().prepare('SELECT count(*) FROM councils').pluck().get() as number;
    return { status: 'ok', database: { ok: true, councils } };
  } catch (error) {
    // The reason goes to the operator's log, not to the public: it can name paths on the server.
    console.error(`Health check failed: ${error instanceof Error ? error.message : String(error)}`);
    return { status: 'unavailable', database: { ok: false } };
  }
}
