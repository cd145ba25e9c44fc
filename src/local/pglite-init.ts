// Creates a new embedded database (PGlite's initdb) in the folder given, then exits. Run as a
// short-lived child process by local-postgres.ts, so the few hundred MB that initdb touches are
// given back to the system when it ends instead of staying with the server for good.
import { PGlite } from '@electric-sql/pglite';

async function initialise(dataDir: string): Promise<void> {
  const db = await PGlite.create(dataDir);
  await db.close();
}

initialise(process.argv[2]!).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
