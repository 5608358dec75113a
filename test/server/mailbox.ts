// A real SMTP server in this process (smtp-server), standing in for the signers' mailboxes.
import assert from 'node:assert/strict';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
  to: string[];
  headers: Map<string, string>;
  /** The body, decoded (quoted-printable or base64) to text. */
  text: string;
}

export interface Mailbox {
  /** `smtp://127.0.0.1:port`, for SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** Resolves with the next message for `address` (already received, or when it arrives). */
  next(address: string): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startMailbox(): Promise<Mailbox> {
  const received: ReceivedMail[] = [];
  const taken = new Set<ReceivedMail>();
  const waiting: { address: string; resolve: (mail: ReceivedMail) => void }[] = [];
  const deliver = () => {
    for (const waiter of [...waiting]) {
      const mail = received.find((candidate) => !taken.has(candidate) && candidate.to.includes(waiter.address));
      if (!mail) continue;
      taken.add(mail);
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(mail);
    }
  };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          ...parse(Buffer.concat(chunks).toString('latin1')),
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        });
        deliver();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    next: (address) =>
      new Promise((resolve) => {
        waiting.push({ address, resolve });
        deliver();
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Enough of RFC 5322 and MIME for one plain-text part: unfolded headers, the body decoded. */
function parse(raw: string): Omit<ReceivedMail, 'to'> {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = raw.slice(split + 4);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body, 'base64')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body
              .replace(/=\r\n/g, '')
              .replace(/=([0-9A-F]{2})/gi, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          )
        : Buffer.from(body, 'latin1');
  return { headers, text: bytes.toString('utf8') };
}

/** The link a confirmation mail holds. */
export function linkIn(text: string): URL {
  const match = /https?:\/\/\S+\/confirm\?\S+/.exec(text);
  assert.ok(match, `no confirmation link in:\n${text}`);
  return new URL(match[0]);
}

/** What a signer does with the link: opens the page, then presses its button (a form POST, as a browser sends it). */
export async function pressConfirm(link: URL): Promise<Response> {
  const page = await (await fetch(link)).text();
  const token = /name="token" value="([^"]+)"/.exec(page)?.[1];
  const lang = /name="lang" value="([^"]+)"/.exec(page)?.[1];
  assert.ok(token && lang, 'the page has the button’s form');
  assert.match(page, /<form method="post" action="confirm">/);
  return fetch(new URL('confirm', link), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token, lang }).toString(),
  });
}
