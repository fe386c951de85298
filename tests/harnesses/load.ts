import type { RunningSite } from '../e2e/server.ts';

/**
 * Load for the crash and backup tests: forms posted as a browser on the site posts them, from
 * parallel loops, to 127.0.0.1 only, for a bounded time.
 */

/** Posts a form with our own Origin, and returns the status (0 if the server died under us). */
export async function postForm(site: RunningSite, path: string, fields: Record<string, string>) {
  try {
    const response = await fetch(site.url + path, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: site.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Runs `action` in `workers` parallel loops until `ms` have passed, numbering the calls. */
export async function runLoad(
  { workers, ms }: { workers: number; ms: number },
  action: (n: number) => Promise<void>,
): Promise<void> {
  const deadline = Date.now() + ms;
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (Date.now() < deadline) await action(next++);
    }),
  );
}

/** A pledge as the form sends one; 303 means it was stored and acknowledged. */
export const pledgeFields = (email: string) => ({
  firstName: 'Load',
  lastName: 'Test',
  email,
  shownAt: '1',
  from: '/join',
});
