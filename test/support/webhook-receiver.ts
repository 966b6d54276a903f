import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export type Received = {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  at: number;
  verified: boolean | null;
};

/**
 * A webhook receiver on 127.0.0.1 for tests: records every request, verifies signatures with the
 * reference `standardwebhooks` package when given secrets, and fails the first `failFirst`
 * requests (or all of them) with 500.
 */
export async function startReceiver(options: { failFirst?: number; failAlways?: boolean } = {}) {
  const received: Received[] = [];
  const secrets: string[] = [];
  let failuresLeft = options.failFirst ?? 0;
  let failAlways = options.failAlways ?? false;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      body += c;
    });
    req.on('end', () => {
      const headers = {
        'webhook-id': String(req.headers['webhook-id'] ?? ''),
        'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
        'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
      };
      let verified: boolean | null = null;
      if (secrets.length > 0) {
        // Deliveries are stamped by the app's controllable test clock, which may be hours ahead;
        // the reference library checks the timestamp against Date.now(), so it verifies as of the
        // stamped moment (the signature check itself is untouched).
        const realNow = Date.now;
        Date.now = () => Number(headers['webhook-timestamp']) * 1000;
        try {
          verified = secrets.every((s) => {
            try {
              new Webhook(s).verify(body, headers);
              return true;
            } catch {
              return false;
            }
          });
        } finally {
          Date.now = realNow;
        }
      }
      received.push({
        id: headers['webhook-id'],
        timestamp: headers['webhook-timestamp'],
        signature: headers['webhook-signature'],
        body,
        at: Date.now(),
        verified,
      });
      if (failAlways || failuresLeft > 0) {
        failuresLeft--;
        res.writeHead(500).end('receiver says no');
      } else {
        res.writeHead(204).end();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    /** Every signature must verify with each of these secrets. */
    expectSecrets: (...s: string[]) => {
      secrets.splice(0, secrets.length, ...s);
    },
    setFailAlways: (v: boolean) => {
      failAlways = v;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
