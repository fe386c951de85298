/**
 * How long one transaction of a bulk write may hold the database. better-sqlite3 is synchronous
 * and the site is one process, so while a transaction runs no public request is answered, and a
 * request that takes several turns of the event loop (a pledge: its body, its action, its page)
 * can wait behind one chunk at each. The campaign's target allows 20 ms. With as long again left
 * free after each chunk, a 400,000-recipient fan-out gave count.json p99 15 to 22 ms at 10 ms
 * chunks, against the target of 20, and 10 to 16 ms at 5 ms chunks, taking 6.8 s instead of 4.6
 * (README, "A million supporters"). Invalidating 100,000 fakes takes about as long either way:
 * each pledge's work, not the chunk, is most of the cost.
 */
export const CHUNK_BUDGET_MS = 5;

/** Where the row count starts, and how far it may grow: a first chunk this small never stalls. */
const FIRST_CHUNK = 100;
const LARGEST_CHUNK = 5_000;

/**
 * Runs a bulk write as many short ones: `step(limit)` does at most `limit` rows in one
 * transaction of its own and returns how many it did; fewer than `limit` means nothing is left.
 * After each step it leaves the event loop free for as long as the step took, so requests that
 * arrived meanwhile are answered and the job never holds more than half the thread. It sizes the
 * next step by how long the last one took (halving past the budget, doubling under half of it),
 * so the budget holds on a slow disk or a busy machine without a row count tuned for one. Each
 * step commits on its own: a job stopped between two leaves every finished step done and the rest
 * untouched. Returns how many rows were done in all.
 */
export async function inChunks(
  step: (limit: number) => number,
  budgetMs: number = CHUNK_BUDGET_MS,
): Promise<number> {
  let limit = FIRST_CHUNK;
  let total = 0;
  for (;;) {
    const started = performance.now();
    const done = step(limit);
    const took = performance.now() - started;
    total += done;
    if (done < limit) return total;
    if (took > budgetMs) limit = Math.max(1, Math.floor(limit / 2));
    else if (took < budgetMs / 2) limit = Math.min(LARGEST_CHUNK, limit * 2);
    await new Promise((resolve) => setTimeout(resolve, Math.max(1, took)));
  }
}
