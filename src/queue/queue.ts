// The ingest queue of a PostgreSQL store, on pg-boss (jobs in the same database, taken with
// SKIP LOCKED): `ingest --queue` reads the inputs and puts their documents in jobs; any number
// of `lagebild worker` processes, on any machine, take jobs, analyse the documents and store
// them. A job whose worker dies is taken again once it expires; storing is idempotent by
// content, so each document is stored exactly once.
import PgBoss from 'pg-boss';
import type { RawDocument } from '../document/types.js';
import type { PgClient } from '../store/postgres/client.js';

export const INGEST_QUEUE = 'ingest';

/** A job: raw documents as the reader gave them, each with the input it came from (for messages). */
export interface IngestJob { docs: Array<{ raw: RawDocument; label: string }> }

/** How long a job may take by default: a job holds up to 100 documents, analysed at 20–50 ms each on one core. */
export const DEFAULT_JOB_TIMEOUT = 600;

/**
 * The queue beside the store: its tables in a schema of their own, next to the store's (public:
 * lagebild_queue; another schema S: S_queue). Each job carries its own time limit (set when it is
 * queued); every ten seconds one of the processes looks for jobs past theirs.
 */
export async function openQueue(client: PgClient, location: string): Promise<PgBoss> {
  const schema = (await client.query<{ s: string }>('SELECT current_schema() AS s'))[0]!.s;
  const boss = new PgBoss({
    connectionString: location, max: 2, schema: schema === 'public' ? 'lagebild_queue' : `${schema}_queue`,
    maintenanceIntervalSeconds: 10, schedule: false,
  });
  // a lost connection between polls must not end the process: the next poll reconnects
  boss.on('error', () => undefined);
  await boss.start();
  try {
    if (!await boss.getQueue(INGEST_QUEUE)) await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: 5, retryDelay: 1 });
  } catch (e) {
    // (its connections and timers would keep the process alive)
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    throw e;
  }
  return boss;
}

/** Jobs waiting, being retried or being worked on. */
export const openJobs = (boss: PgBoss) => boss.getQueueSize(INGEST_QUEUE, { before: 'completed' });
