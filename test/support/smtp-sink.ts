import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type ArrivedMail = { from: string; to: string[]; raw: string };

/**
 * A real SMTP server in-process (no TLS, no auth) that keeps what arrives. `stop()` and
 * `start()` on the same port let tests take the server down and bring it back.
 */
export async function startSmtpSink(port = 0) {
  const arrived: ArrivedMail[] = [];
  let server: SMTPServer | null = null;
  let boundPort = port;
  const start = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.setEncoding('utf8');
        stream.on('data', (c: string) => {
          raw += c;
        });
        stream.on('end', () => {
          arrived.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(boundPort, '127.0.0.1', () => resolve());
    });
    boundPort = (server!.server.address() as AddressInfo).port;
  };
  await start();
  return {
    arrived,
    get url() {
      return `smtp://127.0.0.1:${boundPort}`;
    },
    start,
    stop: () => new Promise<void>((r) => (server ? server.close(() => r()) : r())),
  };
}

/** The decoded text part of a raw message (quoted-printable soft breaks undone). */
export function textOf(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}
