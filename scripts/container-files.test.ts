import { readFileSync } from 'node:fs';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readEnv } from '../src/lib/env.ts';

/*
 * The Dockerfile and compose.yaml, checked without a container engine (none runs where the tests
 * do; .ci/run builds and starts the image where one does). hadolint cannot be installed here, so
 * dockerfile-utils checks the syntax and these tests hold the rules hadolint would have enforced
 * that matter for this site.
 */

const dockerfile = readFileSync('Dockerfile', 'utf8');
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as {
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions, continuation lines joined, comments dropped, split by stage. */
function stages(text: string): Instruction[][] {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const result: Instruction[][] = [[]];
  for (const line of lines) {
    const [keyword = '', args = ''] = line.split(/\s+(.*)/s);
    if (keyword.toUpperCase() === 'FROM') result.push([]);
    result.at(-1)?.push({ keyword: keyword.toUpperCase(), args: args.trim() });
  }
  return result;
}

const [preamble = [], ...buildStages] = stages(dockerfile);
const finalStage = buildStages.at(-1) ?? [];
const all = (keyword: string, within = buildStages.flat()) =>
  within.filter((instruction) => instruction.keyword === keyword).map(({ args }) => args);

/** `name:tag AS stage` → the image reference; stages named earlier are not images. */
const stageNames = all('FROM').flatMap((from) => /\s+AS\s+(\S+)/i.exec(from)?.[1] ?? []);
const baseImages = all('FROM')
  .map((from) => from.split(/\s+/)[0] ?? '')
  .filter((image) => !stageNames.includes(image));

/** A tag naming one release: x.y.z or a dated release, or a digest. */
const isPinned = (image: string) => {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return true;
  const tag = /:([^/:]+)$/.exec(image)?.[1];
  return tag !== undefined && /(^|\D)\d+\.\d+\.\d+(\D|$)|\d{4}-\d{2}-\d{2}/.test(tag);
};

describe('the Dockerfile', () => {
  it('has no problem dockerfile-utils finds', () => {
    const problems = validate(dockerfile).map(
      (problem) => `line ${problem.range.start.line + 1}: ${problem.message}`,
    );
    expect(problems).toEqual([]);
  });

  it('builds from images pinned to one release, on the Node the project pins', () => {
    expect(baseImages.length).toBeGreaterThan(0);
    for (const image of baseImages) expect(image, image).toSatisfy(isPinned);
    const node = packageJson.devDependencies.node;
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe(node);
    for (const image of baseImages) expect(image).toMatch(new RegExp(`^node:${node}-`));
  });

  it('has a build stage apart from the image that runs', () => {
    expect(buildStages.length).toBeGreaterThan(1);
    expect(all('COPY', finalStage).some((copy) => copy.includes('--from=build'))).toBe(true);
  });

  it('installs exactly what the lockfile says, running only the install scripts allowed', () => {
    const runs = all('RUN').join('\n');
    expect(runs).toMatch(/\bnpm ci\b/);
    expect(runs).not.toMatch(/\bnpm (install|i)\b/);
    // The image brings its own Node, so the `node` devDependency's script is the one left out.
    const allowed = Object.entries(packageJson.allowScripts)
      .filter(([name, allow]) => allow && name !== 'node')
      .map(([name]) => name);
    const rebuilt = /npm rebuild ([^&;\n]+)/.exec(runs)?.[1]?.trim().split(/\s+/);
    expect(runs).toMatch(/npm ci [^&;\n]*--ignore-scripts/);
    expect(rebuilt?.sort()).toEqual(allowed.sort());
  });

  it('bakes in the same defaults the site reads when a setting is unset', () => {
    const defaults = readEnv({});
    const args = Object.fromEntries(
      all('ARG', preamble).map((arg) => {
        const [name = '', value = ''] = arg.split(/=(.*)/s);
        return [name, value.replace(/^"(.*)"$/, '$1')];
      }),
    );
    expect(args).toEqual({
      SITE_URL: defaults.SITE_URL,
      CHARITY_NAME: defaults.CHARITY_NAME,
      CHARITY_NUMBER: defaults.CHARITY_NUMBER,
    });
  });

  it('runs the server as a user other than root, on all interfaces, with the database on /data', () => {
    const user = all('USER', finalStage).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    const env = all('ENV', finalStage).join(' ');
    expect(env).toMatch(/\bDATABASE_PATH=\/data\/campaign\.db\b/);
    expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/);
    expect(all('VOLUME', finalStage)).toContain('/data');
    expect(all('EXPOSE', finalStage)).toContain('4321');
  });

  it('checks its health on /healthz', () => {
    const healthcheck = all('HEALTHCHECK', finalStage);
    expect(healthcheck).toHaveLength(1);
    expect(healthcheck[0]).toMatch(/\bCMD\s+\[.*\/healthz/);
  });

  it('starts the server itself, so SIGTERM reaches it with no shell or npm in between', () => {
    for (const keyword of ['CMD', 'ENTRYPOINT']) {
      for (const args of all(keyword, finalStage)) {
        expect(() => JSON.parse(args) as unknown, `${keyword} ${args}`).not.toThrow();
      }
    }
    expect(all('CMD', finalStage).map((args) => JSON.parse(args) as unknown)).toEqual([
      ['node', 'scripts/start.ts'],
    ]);
    expect(all('STOPSIGNAL', finalStage)).toEqual(['SIGTERM']);
  });

  it('is built from sources only: dependencies, builds, data and secrets stay out', () => {
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
    for (const entry of ['node_modules', 'dist', 'data', 'test-results', '.git', '.env*']) {
      expect(ignored).toContain(entry);
    }
  });
});

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test?: unknown; disable?: boolean };
  restart?: string;
  depends_on?: Record<string, { condition: string }>;
  command?: string[];
}

const compose = parse(readFileSync('compose.yaml', 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const services = Object.entries(compose.services);
const site = compose.services.site;

const userAndPassword = (address: string) => {
  const { username, password } = new URL(address);
  return { username, password };
};

describe('compose.yaml', () => {
  it('runs images pinned to one release', () => {
    for (const [name, service] of services) {
      if (service.image) expect(service.image, name).toSatisfy(isPinned);
      else expect(service.build, name).toBeDefined();
    }
  });

  it('runs the site from the Dockerfile, its database on a named volume, restarted and health-checked', () => {
    expect(site?.build).toBeDefined();
    const data = site?.volumes?.find((volume) => volume.endsWith(':/data'));
    expect(data).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain(data?.split(':')[0]);
    expect(site?.restart).toMatch(/^(always|unless-stopped)$/);
    expect(site?.healthcheck).toBeDefined();
    expect(site?.healthcheck?.disable).not.toBe(true);
  });

  it('replicates the site to the MinIO service, into the bucket made before the site starts', () => {
    const env = site?.environment ?? {};
    const endpoint = new URL(env.LITESTREAM_ENDPOINT ?? '');
    expect(compose.services[endpoint.hostname]?.image).toMatch(/\/minio\/minio:/);
    const replica = new URL(env.LITESTREAM_REPLICA_URL ?? '');
    expect(replica.protocol).toBe('s3:');
    const [bucketMaker, condition] = Object.entries(site?.depends_on ?? {})[0] ?? [];
    expect(condition?.condition).toBe('service_completed_successfully');
    expect(compose.services[bucketMaker ?? '']?.command?.at(-1)).toBe(
      `replica/${replica.hostname}`,
    );
  });

  it('holds only development credentials, named as such', () => {
    const credentials = services.flatMap(([, service]) =>
      Object.entries(service.environment ?? {}).filter(([name]) =>
        /USER|PASSWORD|KEY|SECRET|MC_HOST/.test(name),
      ),
    );
    expect(credentials.length).toBeGreaterThan(0);
    for (const [name, value] of credentials) {
      // mc's MC_HOST_<alias> carries the user and password in its address.
      const parts = name.startsWith('MC_HOST') ? Object.values(userAndPassword(value)) : [value];
      for (const part of parts) expect(part, name).toMatch(/^dev-only-/);
    }
  });
});
