/**
 * The public, for `npm run bench:scale`: closed-loop clients sending pledges and count.json
 * reads to the server named on the command line (127.0.0.1 only) while the parent says so; then
 * each request's time in ms goes back to it.
 *
 * A process of its own, as the public's browsers are machines of their own: in the bench's
 * process, a stall while it read a campaigner's response (the dashboard, the export) was timed
 * as the server's.
 */
export type Kind = 'pledge' | 'count';
export type Samples = Record<Kind, number[]>;

/** Clients of each kind, each pausing this long between its requests. */
const CLIENTS = 2;
const PAUSE_MS = 25;

const url = process.argv[2]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let serial = 0;

async function publicRequest(kind: Kind): Promise<void> {
  const response =
    kind === 'count'
      ? await fetch(`${url}/api/pledges/count.json`)
      : await fetch(`${url}/join?_action=pledge`, {
          method: 'POST',
          redirect: 'manual',
          headers: { Origin: url, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            firstName: 'Bench',
            lastName: 'Mark',
            email: `scale-${process.pid}-${serial++}@example.org`,
            shownAt: '1',
            from: '/join',
          }).toString(),
        });
  await response.arrayBuffer();
  const ok = kind === 'count' ? response.ok : response.status >= 300 && response.status < 400;
  if (!ok) throw new Error(`${kind}: answered ${response.status}`);
}

/**
 * One phase of load: from 'start' to 'stop', whose answer is the phase's samples. The process
 * lives through every phase, so its own start (a cold fetch takes 100 ms) is timed in none.
 */
interface Phase {
  running: boolean;
  samples: Samples;
  clients: Promise<void>[];
}
let phase: Phase | undefined;

async function client(kind: Kind, own: Phase) {
  while (own.running) {
    const started = performance.now();
    await publicRequest(kind);
    own.samples[kind].push(performance.now() - started);
    await sleep(PAUSE_MS);
  }
}

process.on('message', (message: 'start' | 'stop') => {
  if (message === 'start') {
    const own: Phase = { running: true, samples: { pledge: [], count: [] }, clients: [] };
    own.clients = (['pledge', 'count'] as const).flatMap((kind) =>
      Array.from({ length: CLIENTS }, () => client(kind, own)),
    );
    phase = own;
    return;
  }
  const ending = phase!;
  ending.running = false;
  void Promise.all(ending.clients).then(() => process.send!(ending.samples));
});
process.once('disconnect', () => process.exit(0));
process.send!('ready');
