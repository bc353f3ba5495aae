// The PostgreSQL server the store tests also run against: the one LAGEBILD_TEST_POSTGRES names
// (.ci/run starts one from Debian's packages). Each test gets a schema of its own, dropped after.
import pg from 'pg';

export const TEST_SERVER = process.env.LAGEBILD_TEST_POSTGRES ?? null;

let made = 0;

/** A new empty schema on the test server, and the address that works in it (search_path). */
export async function freshSchema(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  if (!TEST_SERVER) throw new Error('no test server: set LAGEBILD_TEST_POSTGRES');
  const schema = `lagebild_test_${process.pid}_${++made}_${Date.now() % 1e6}`;
  const admin = new pg.Client({ connectionString: TEST_SERVER });
  await admin.connect();
  try { await admin.query(`CREATE SCHEMA ${schema}`); } finally { await admin.end(); }
  const url = `${TEST_SERVER}${TEST_SERVER.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    name: schema,
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_SERVER });
      await c.connect();
      // (and the job queue's schema beside it, when a test made one)
      try { await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`); } finally { await c.end(); }
    },
  };
}
