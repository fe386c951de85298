import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { prepareTwoFactorSecrets } from '../src/lib/admin/two-factor-secrets.ts';
import { dailyCountDrift } from '../src/lib/daily-counts.ts';
import { closeDb, getDb } from '../src/lib/db.ts';
import { transportFromEnv } from '../src/lib/email/transport.ts';
import { providerBudget } from '../src/lib/email/provider-budget.ts';
import { startOutboxWorker } from '../src/lib/email/worker.ts';
import { verifiedTargetsNotice } from '../src/lib/lobby/verified-targets-notice.ts';
import { startMailingSender } from '../src/lib/mailings/sender.ts';
import { readEnv } from '../src/lib/env.ts';
import { runRetention } from '../src/lib/site/retention.ts';
import { replicationSettings } from '../src/lib/replication/config.ts';
import { startReplication } from '../src/lib/replication/supervisor.ts';
import { answerFastRoute } from '../src/server/fast-routes.ts';
import {
  bodyLimitFor,
  mayHaveBody,
  readLimitedBody,
  refuseTooLarge,
} from '../src/lib/http/body-limit.ts';
import { proxyList, trustForwardedHeaders } from '../src/lib/http/forwarded.ts';
import { responseDrained } from '../src/lib/http/drained.ts';
import { applySecurityHeaders } from '../src/lib/http/security-headers.ts';
import { log, loggablePath, requestIdFor } from '../src/lib/log.ts';
import { indexUnindexedLetters } from '../src/lib/lobby/near-duplicates.ts';
import { seedDatabase } from '../src/lib/site/seed.ts';
import { buildIfStale, SERVER_ENTRY } from './build-if-stale.ts';
import { fail } from './fail.ts';

type AstroHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: undefined,
  locals: App.Locals,
) => void | Promise<void>;

/**
 * The dashboard's daily counters against a full count of their rows: a scan, so once a day. Each
 * drift is one line of figures (no one's details); recomputeDailyCounts puts them right.
 */
function startCountersCheck(): void {
  const check = setInterval(
    () => {
      dailyCountDrift(getDb()).then(
        (drifts) => {
          for (const drift of drifts) log.warn(drift, 'daily counter differs from its rows');
          log.info({ drifts: drifts.length }, 'daily counters checked');
        },
        (error: Error) => log.error({ error: error.message }, 'daily counters not checked'),
      );
    },
    24 * 60 * 60_000,
  );
  check.unref();
}

/**
 * `npm start`: build if needed, open, migrate and seed the database, then serve the site.
 * The database is opened before the server listens, so a bad DATABASE_PATH stops start-up with
 * one line instead of failing on the first request.
 */
async function main(): Promise<void> {
  const env = readEnv();
  // The database first: a bad DATABASE_PATH should stop start-up at once, not after a build.
  const seeded = seedDatabase(getDb());
  // Before the server listens, so the near-duplicate check already sees every sent letter.
  const lettersIndexed = indexUnindexedLetters(getDb());
  buildIfStale(env);
  log.info(
    {
      database: env.DATABASE_PATH,
      councils: seeded.councils.councils,
      statusEventsAdded: seeded.councils.statusEventsAdded,
      offlineEntriesAdded: seeded.offlineEntriesAdded,
      lettersIndexed,
    },
    'database ready',
  );
  const twoFactor = prepareTwoFactorSecrets(
    getDb(),
    env.TWO_FACTOR_KEY,
    env.NODE_ENV === 'production',
  );
  if (twoFactor) log[twoFactor.level](twoFactor.message);
  // Letters to a council with nobody verified wait, held: the operator should know how many.
  const targets = verifiedTargetsNotice(getDb());
  if (targets) log[targets.level](targets.message);

  // Litestream copies every write to the replica, from before the first request to after the last.
  const replicating = replicationSettings(env);
  const replication =
    replicating && (await startReplication({ settings: replicating, db: getDb, log }));
  if (!replication) log.info('No LITESTREAM_REPLICA_URL: the database is not replicated');

  // We run our own HTTP server so that every response, static files included, gets the
  // security headers; the adapter's standalone server would otherwise start on import.
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const { handler } = (await import(pathToFileURL(SERVER_ENTRY).href)) as { handler: AstroHandler };
  const proxies = proxyList(env.TRUSTED_PROXIES);
  // Streamed responses (exports) wait for the socket between chunks (src/lib/http/drained.ts).
  const serve = (req: IncomingMessage, res: ServerResponse) =>
    void handler(req, res, undefined, { responseDrained: () => responseDrained(res) });
  const server = createServer((req, res) => {
    // Every response carries its request's id, which its log line names, so a report from a
    // person ("it failed at 10:31") or a proxy's log can be matched to what the server did.
    const id = requestIdFor(req.headers['x-request-id']);
    req.headers['x-request-id'] = id;
    res.setHeader('X-Request-Id', id);
    const started = performance.now();
    res.once('finish', () => {
      log.info(
        {
          req: id,
          method: req.method,
          path: loggablePath(req.url),
          status: res.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
        },
        'request',
      );
    });
    applySecurityHeaders(res, req.url);
    trustForwardedHeaders(req, proxies);
    if (answerFastRoute(req, res)) return;
    if (!mayHaveBody(req)) {
      serve(req, res);
      return;
    }
    // The body is read here, within its limit, and handed to Astro whole: the adapter would
    // otherwise stream up to a gigabyte of it into memory before anything could refuse it.
    const limit = bodyLimitFor(req.url);
    readLimitedBody(req, limit).then(
      (body) => {
        if (!body) return refuseTooLarge(req, res, limit);
        // The adapter reads a body already on the request instead of the stream (astro/app/node).
        (req as IncomingMessage & { body?: Buffer }).body = body;
        serve(req, res);
      },
      () => req.destroy(),
    );
  });

  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      console.error(`Error: port ${env.PORT} on ${env.HOST} is in use; set PORT to another port`);
      process.exit(1);
    }
    fail(error);
  });
  // Emails are sent from the outbox table by a worker in this process (src/lib/email).
  const transport = transportFromEnv(env);
  // Resend's request rate is the team's, shared by the outbox and mailings; the outbox goes first.
  const budget = providerBudget(env.RESEND_REQUESTS_PER_SECOND);
  const outbox =
    transport && startOutboxWorker({ db: getDb, transport, budget, log: (line) => log.warn(line) });
  // Mobilisation emails, in batches at their own pace, beside it (src/lib/mailings).
  const mailings =
    transport &&
    startMailingSender({
      db: getDb,
      transport,
      siteUrl: env.SITE_URL,
      emailsPerSecond: env.MAILING_EMAILS_PER_SECOND,
      budget,
      log: (line) => log.info(line),
    });
  // Retention, as the privacy page describes it. Hourly is plenty.
  const retention = setInterval(() => {
    void runRetention(getDb(), new Date()).then((removed) => log.info(removed, 'retention'));
  }, 60 * 60_000);
  retention.unref();
  startCountersCheck();
  server.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    log.info({ url: `http://${env.HOST}:${port}` }, 'Make Runaways Safe is running');
    if (!transport) {
      log.warn(
        'NODE_ENV=production and no RESEND_API_KEY: emails are queued, not sent, until a key is set',
      );
    } else if (transport.name === 'dev') {
      log.info(
        `No RESEND_API_KEY: emails stay in the outbox; read them at http://${env.HOST}:${port}/dev/outbox`,
      );
    }
    log.info(
      env.STRIPE_SECRET_KEY
        ? 'Donations go through Stripe'
        : 'No STRIPE_SECRET_KEY: donations are off',
    );
  });

  // Stop taking connections, let requests in flight finish, then close the database cleanly.
  const stop = (signal: string) => {
    log.info({ signal }, 'stopping: finishing requests in flight and the email being sent');
    server.close(() => {
      // Let the outbox and the mailing sender finish what they are sending, so it is recorded.
      void Promise.all([outbox?.stop(), mailings?.stop()]).then(() => {
        closeDb();
        // After the last write, so Litestream's last upload carries it.
        void Promise.resolve(replication?.stop()).then(() => {
          log.info('stopped');
          process.exit(0);
        });
      });
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch(fail);
