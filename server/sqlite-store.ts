import Database from 'better-sqlite3';
import { once } from 'node:events';
import { closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { assertOwnedAndPrivate } from './secret.js';
import {
  IdempotencyKeyReused,
  StorageUnavailable,
  type Idempotency,
  type NewSignature,
  type OriginCount,
  type PendingSignature,
  type SignatureStore,
  type StoredSignature,
  type SignOutcome,
} from './store.js';

/** How long a signature waits for another writer's lock before it is answered 503 with Retry-After. */
export const WRITE_LOCK_TIMEOUT_MS = 2000;

export type WriterRequest =
  | { id: number; op: 'sign'; signature: NewSignature; idempotency: Idempotency | undefined }
  | { id: number; op: 'pending'; pending: PendingSignature }
  | { id: number; op: 'erase'; petitionId: string; emailHash: string }
  | { id: number; op: 'anonymise'; petitionId: string }
  | { id: number; op: 'prune'; cutoff: number };

export type WriterReply = {
  id: number;
  outcome?: SignOutcome;
  pending?: 'pending' | 'already-signed';
  erased?: { erased: number; count: number };
  changed?: number;
  failure?: 'busy' | 'reused' | 'error';
  message?: string;
};

const SELECT_SIGNATURES = 'SELECT name, country, email, contact_opt_in, consent_day, consent_version FROM signatures';
type SignatureRow = {
  name: string;
  country: string | null;
  email: string | null;
  contact_opt_in: number;
  consent_day: string;
  consent_version: string | null;
};
const fromRow = (row: SignatureRow): StoredSignature => ({
  name: row.name,
  country: row.country,
  email: row.email,
  contactOptIn: row.contact_opt_in === 1,
  consentDay: row.consent_day,
  consentVersion: row.consent_version,
});

type PendingRow = {
  token_hash: string;
  petition_id: string;
  email_hash: string;
  sealed_email: string | null;
  name: string;
  country: string | null;
  contact_opt_in: number;
  consent_version: string | null;
  origin: string;
  expires_at: number;
};

/**
 * Opens (and on first start creates) the SQLite database. Writes go to a worker thread (`sqlite-writer.ts`);
 * reads of a count are one indexed row, read here, and never wait for a writer (WAL).
 */
export async function openSqliteStore(path: string): Promise<SignatureStore> {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // A folder or file someone else owns or may write could hold a planted database, or be swapped later.
  for (const owned of [dirname(path), path, `${path}-wal`, `${path}-shm`]) assertOwnedAndPrivate(owned);
  // It may hold e-mail addresses; SQLite gives its -wal and -shm files the same permissions.
  closeSync(openSync(path, 'a', 0o600));
  const writer = startWriter(path);
  const [ready] = await Promise.race([
    once(writer, 'message'),
    once(writer, 'error').then(([error]) => Promise.reject(error)),
  ]);
  if (ready !== 'ready') throw new Error(`the SQLite writer did not start: ${String(ready)}`);
  // Reads in WAL mode do not wait for writers; the short timeout bounds what a rare wait could cost the event loop.
  return new SqliteStore(path, writer, new Database(path, { fileMustExist: true, timeout: 250 }));
}

/** Under tsx (tests) the worker is TypeScript, so it registers tsx first; built, it is plain JavaScript. */
function startWriter(path: string): Worker {
  const source = import.meta.url.endsWith('.ts');
  const entry = new URL(source ? './sqlite-writer.ts' : './sqlite-writer.js', import.meta.url).href;
  const boot = source
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry)}))`
    : `import(${JSON.stringify(entry)})`;
  return new Worker(boot, { eval: true, workerData: { path, lockTimeoutMs: WRITE_LOCK_TIMEOUT_MS } });
}

class SqliteStore implements SignatureStore {
  private readonly listeners: ((petitionId: string, count: number) => void)[] = [];
  private readonly pending = new Map<number, (reply: WriterReply) => void>();
  private readonly countOf;
  private readonly pendingOf;
  private readonly inode: number;
  private nextId = 0;

  constructor(
    private readonly path: string,
    private readonly writer: Worker,
    private readonly reader: Database.Database,
  ) {
    this.inode = statSync(path).ino;
    this.countOf = reader.prepare<[string], { count: number }>(
      'SELECT count FROM petition_counts WHERE petition_id = ?',
    );
    this.pendingOf = reader.prepare<[string, string, number], PendingRow>(
      'SELECT * FROM pending_signatures WHERE petition_id = ? AND token_hash = ? AND expires_at >= ?',
    );
    writer.on('message', (reply: WriterReply) => {
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
    writer.on('error', () => this.failPending());
    writer.on('exit', () => this.failPending());
  }

  async count(petitionId: string): Promise<number> {
    this.assertFilePresent();
    return this.read(() => this.countOf.get(petitionId)?.count ?? 0);
  }

  async sign(signature: NewSignature, idempotency?: Idempotency): Promise<SignOutcome> {
    this.assertFilePresent();
    const reply = await this.ask({ id: this.nextId++, op: 'sign', signature, idempotency });
    if (reply.failure === 'reused') throw new IdempotencyKeyReused();
    const outcome = reply.outcome!;
    if (outcome.result === 'signed' && !outcome.replayed)
      for (const listener of this.listeners) listener(signature.petitionId, outcome.count);
    return outcome;
  }

  async addPending(pending: PendingSignature): Promise<'pending' | 'already-signed'> {
    this.assertFilePresent();
    return (await this.ask({ id: this.nextId++, op: 'pending', pending })).pending!;
  }

  async findPending(petitionId: string, tokenHash: string, now: Date): Promise<PendingSignature | undefined> {
    this.assertFilePresent();
    const row = this.read(() => this.pendingOf.get(petitionId, tokenHash, now.getTime()));
    return (
      row && {
        petitionId: row.petition_id,
        tokenHash: row.token_hash,
        emailHash: row.email_hash,
        sealedEmail: row.sealed_email,
        name: row.name,
        country: row.country,
        contactOptIn: row.contact_opt_in === 1,
        consentVersion: row.consent_version,
        origin: row.origin,
        expiresAt: new Date(row.expires_at),
      }
    );
  }

  async signaturesOf(petitionId: string): Promise<StoredSignature[]> {
    this.assertFilePresent();
    return this.read(() =>
      this.reader
        .prepare<[string], SignatureRow>(`${SELECT_SIGNATURES} WHERE petition_id = ? ORDER BY id`)
        .all(petitionId),
    ).map(fromRow);
  }

  async findSignature(petitionId: string, emailHash: string): Promise<StoredSignature | undefined> {
    this.assertFilePresent();
    const row = this.read(() =>
      this.reader
        .prepare<[string, string], SignatureRow>(`${SELECT_SIGNATURES} WHERE petition_id = ? AND email_hash = ?`)
        .get(petitionId, emailHash),
    );
    return row && fromRow(row);
  }

  async erase(petitionId: string, emailHash: string): Promise<{ erased: number; count: number }> {
    this.assertFilePresent();
    const { erased } = await this.ask({ id: this.nextId++, op: 'erase', petitionId, emailHash });
    if (erased!.erased) for (const listener of this.listeners) listener(petitionId, erased!.count);
    return erased!;
  }

  async anonymise(petitionId: string): Promise<number> {
    this.assertFilePresent();
    return (await this.ask({ id: this.nextId++, op: 'anonymise', petitionId })).changed!;
  }

  async originCounts(petitionId: string): Promise<OriginCount[]> {
    this.assertFilePresent();
    return this.read(() =>
      this.reader
        .prepare<[string], OriginCount>(
          'SELECT day, origin, count FROM origin_counts WHERE petition_id = ? ORDER BY day, origin',
        )
        .all(petitionId),
    );
  }

  onCountChange(listener: (petitionId: string, count: number) => void): void {
    this.listeners.push(listener);
  }

  async prune(cutoff: Date): Promise<void> {
    await this.ask({ id: this.nextId++, op: 'prune', cutoff: cutoff.getTime() });
  }

  async ping(): Promise<void> {
    this.assertFilePresent();
    this.read(() => this.reader.prepare('SELECT 1').get());
  }

  async close(): Promise<void> {
    this.reader.close();
    const exited = once(this.writer, 'exit');
    this.writer.postMessage('close');
    await exited;
  }

  private async ask(request: WriterRequest): Promise<WriterReply> {
    const reply = await new Promise<WriterReply>((resolve) => {
      this.pending.set(request.id, resolve);
      this.writer.postMessage(request);
    });
    if (reply.failure === 'busy')
      throw new StorageUnavailable('The database is busy', Math.ceil(WRITE_LOCK_TIMEOUT_MS / 1000));
    if (reply.failure === 'error') throw new StorageUnavailable(`The database failed: ${reply.message}`);
    return reply;
  }

  private read<T>(query: () => T): T {
    try {
      return query();
    } catch (error) {
      throw new StorageUnavailable(`The database failed: ${String(error)}`);
    }
  }

  /**
   * SQLite keeps writing to a deleted file as if nothing happened, and everything written is lost at the next
   * start: when the file is no longer the one opened, refuse until an operator restores it and restarts.
   */
  private assertFilePresent(): void {
    let inode: number | undefined;
    try {
      inode = statSync(this.path).ino;
    } catch {
      // Missing.
    }
    if (inode !== this.inode) throw new StorageUnavailable(`${this.path} is missing or was replaced`, 30);
  }

  private failPending(): void {
    for (const [id, resolve] of this.pending) resolve({ id, failure: 'error', message: 'the SQLite writer stopped' });
    this.pending.clear();
  }
}
