import nodemailer from 'nodemailer';

/** A message to one signer: plain text only, so there is nothing to track (no HTML, no images, no redirects). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The language the text is in (Content-Language). */
  lang: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
  /** The demo's outbox, newest first; only when no SMTP server is configured. */
  readonly outbox?: readonly (MailMessage & { sentAt: Date })[];
}

/** The demo outbox keeps this many messages, in memory only: gone when the server stops. */
const OUTBOX_SIZE = 50;

/** Mail over SMTP (`SMTP_URL`, e.g. `smtps://user:password@mail.example:465`). */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send({ to, subject, text, lang }) {
      await transport.sendMail({ from, to, subject, text, headers: { 'Content-Language': lang } });
    },
    close: () => transport.close(),
  };
}

/**
 * The zero-setup demo's "mail": kept in memory and shown at /outbox, so `npm start` works end to end without a
 * mail server. Never used when SMTP_URL is set, and refused in production (config.ts).
 */
export function outboxMailer(): Mailer {
  const outbox: (MailMessage & { sentAt: Date })[] = [];
  return {
    outbox,
    async send(message) {
      outbox.unshift({ ...message, sentAt: new Date() });
      outbox.length = Math.min(outbox.length, OUTBOX_SIZE);
    },
    close: () => {
      outbox.length = 0;
    },
  };
}
