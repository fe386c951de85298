import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { LOG_OPTIONS, loggablePath, requestIdFor } from './log.ts';

describe('the server log', () => {
  it('writes JSON lines with the level by name, and removes addresses passed by mistake', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = pino(LOG_OPTIONS, sink);
    log.info({ req: 'abc12345', email: 'jo@example.org', mailing: { to: 'x@y.org' } }, 'request');
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'info', req: 'abc12345', msg: 'request' });
    expect(line.email).toBe('[removed]');
    expect(line.mailing).toEqual({ to: '[removed]' });
    expect(lines[0]).not.toContain('example.org');
  });

  it('keeps paths without their query strings, which carry tokens', () => {
    expect(loggablePath('/pledge/confirm?token=secret')).toBe('/pledge/confirm');
    expect(loggablePath(`/${'a'.repeat(500)}`)).toHaveLength(201);
  });

  it('uses a proxy’s request id when it is sensible, and makes one otherwise', () => {
    expect(requestIdFor('proxy-abc-12345')).toBe('proxy-abc-12345');
    expect(requestIdFor('bad id\nwith a line break')).toMatch(/^[\w-]{12}$/);
    expect(requestIdFor(undefined)).not.toBe(requestIdFor(undefined));
  });
});
