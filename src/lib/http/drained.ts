import type { ServerResponse } from 'node:http';

/**
 * Resolves once `res` has handed what was written to it to the socket (or the socket closed).
 * Astro's adapter writes a streamed body without waiting for the socket, so a body that reads
 * a large table waits on this between chunks: a slow download then holds a chunk, not the file.
 */
export function responseDrained(res: ServerResponse): Promise<void> {
  if (!res.writableNeedDrain || res.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
