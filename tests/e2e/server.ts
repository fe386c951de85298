import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Asks the OS for a port nobody is using, so runs never collide with a dev server or each other. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilHealthy(url: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 180_000; // a first build on a slow machine
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The site stopped with code ${server.exitCode}:\n${output()}`);
    }
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The site did not become healthy within 3 minutes:\n${output()}`);
}

export interface RunningSite {
  url: string;
  pid: number;
  databasePath: string;
  /** Everything the server has printed so far (its log). */
  output(): string;
  /** Kills the server at once (SIGKILL), as a crash or a power cut would. */
  crash(): void;
  stop(): Promise<void>;
}

/**
 * Starts the production server exactly as `npm start` does (building first if the build is stale),
 * on a free port with a fresh database in a temporary directory (or `databasePath`, to restart on
 * an existing one), and `env` (the addresses of the local fakes of outside services) added to its
 * environment.
 */
export async function startSite(
  env: Record<string, string> = {},
  { databasePath }: { databasePath?: string } = {},
): Promise<RunningSite> {
  const dataDir = databasePath ? undefined : mkdtempSync(join(tmpdir(), 'mrs-e2e-'));
  const database = databasePath ?? join(dataDir!, 'campaign.db');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const server = spawn(process.execPath, ['scripts/start.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_PATH: database,
      // The local fake of Resend has no team limit unless a test gives it one (and says so here).
      RESEND_REQUESTS_PER_SECOND: '50',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  await waitUntilHealthy(url, server, () => log);
  return {
    url,
    pid: server.pid!,
    databasePath: database,
    output: () => log,
    crash() {
      server.kill('SIGKILL');
    },
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
