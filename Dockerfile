# The site in a container: `docker build -t make-runaways-safe .`, then see the README, "Running
# it in production"; compose.yaml runs it beside MinIO with replication. The Node version is the one
# package.json pins as a devDependency and .nvmrc names (scripts/container-files.test.ts holds the
# three together and lints this file).

# Baked into the build, as `npm run build` bakes them (src/lib/env.ts): build with the site's own
# values (`--build-arg SITE_URL=https://your.domain`). These defaults are env.ts's own.
ARG SITE_URL=http://localhost:4321
ARG CHARITY_NAME="The Children's Society"
ARG CHARITY_NUMBER=221124

FROM node:24.21.0-bookworm-slim AS build
# better-sqlite3's install script runs node-gyp, which needs Python and make; on x64 and arm64 it
# keeps the addon the package ships and compiles nothing, elsewhere it compiles SQLite with g++.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# The project's .npmrc points node-gyp at the `node` devDependency's headers, which this install
# leaves out: the image's own Node 24 (the same version) has them under /usr/local.
ENV npm_config_nodedir=/usr/local \
  ASTRO_TELEMETRY_DISABLED=1
COPY package.json package-lock.json .npmrc ./
# Install scripts run only where package.json's allowScripts says yes and the image needs them: not
# for the `node` devDependency (a second copy of this Node) nor vnu-jar (refused: it downloads Java).
RUN npm ci --ignore-scripts --no-audit --no-fund \
  && npm rebuild better-sqlite3 esbuild
COPY . .
ARG SITE_URL
ARG CHARITY_NAME
ARG CHARITY_NUMBER
# scripts/build.ts is `npm run build`, run without npm: with the `node` devDependency's install
# script skipped, its node_modules/.bin/node would come first on npm's PATH. Vite's and Astro's
# caches go: pruning makes them stale.
RUN node scripts/build.ts \
  && npm prune --omit=dev --no-audit --no-fund \
  && rm -rf node_modules/.vite node_modules/.astro

FROM node:24.21.0-bookworm-slim
# tini as process 1 passes SIGTERM to the server and reaps what it starts (Litestream, a rebuild).
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# What `node scripts/start.ts` and the db:* commands read; tests and dev dependencies stay behind.
COPY --from=build /app/package.json /app/astro.config.mjs /app/tsconfig.json ./
COPY --from=build /app/db ./db
COPY --from=build /app/public ./public
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/src ./src
COPY --from=build /app/node_modules ./node_modules
# The code belongs to root; only the build and its caches belong to the server's user, so a
# container started with another SITE_URL can rebuild (at each start of a new container).
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/.astro ./.astro
# Copying gave the source directories a newer time than the build, which would look stale to
# `npm start` (scripts/build-if-stale.ts); it was built from exactly these sources.
RUN mkdir /data node_modules/.vite node_modules/.astro \
  && chown node:node /data node_modules/.vite node_modules/.astro \
  && touch dist/server/entry.mjs
ARG SITE_URL
ARG CHARITY_NAME
ARG CHARITY_NUMBER
# npm is there for the db:* commands (`docker exec … npm run db:backup`), kept from asking the
# registry for its own updates.
ENV NODE_ENV=production \
  ASTRO_TELEMETRY_DISABLED=1 \
  NPM_CONFIG_UPDATE_NOTIFIER=false \
  HOST=0.0.0.0 \
  PORT=4321 \
  DATABASE_PATH=/data/campaign.db \
  SITE_URL=${SITE_URL} \
  CHARITY_NAME=${CHARITY_NAME} \
  CHARITY_NUMBER=${CHARITY_NUMBER}
VOLUME /data
EXPOSE 4321
USER node
# /healthz answers 503 when the database cannot be read. The slim image has no curl: Node fetches.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# On SIGTERM the server finishes requests in flight and the email being sent, then exits: give it
# up to 20 seconds (`docker stop -t 20`; compose.yaml says so), as the systemd unit does.
STOPSIGNAL SIGTERM
ENTRYPOINT ["tini", "--"]
CMD ["node", "scripts/start.ts"]
