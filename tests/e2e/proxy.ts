import { request as httpRequest } from 'node:http';

/**
 * Posts a form as a reverse proxy forwards it: to the site's public host name, naming the
 * visitor in X-Forwarded-For, so a test can be someone at another address. Node's own client,
 * since browsers may not set Host. Returns the status.
 */
export function postThroughProxy(
  baseURL: string,
  path: string,
  fields: Record<string, string>,
  visitor: string,
): Promise<number> {
  const target = new URL(path, baseURL);
  const body = new URLSearchParams(fields).toString();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: 'POST',
        headers: {
          // The public address the test server was built for (SITE_URL's default).
          Host: 'localhost:4321',
          Origin: 'http://localhost:4321',
          'X-Forwarded-For': visitor,
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
