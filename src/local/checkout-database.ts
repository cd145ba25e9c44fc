import type { Checkout } from './checkout';
import { databaseSearch } from './discovery';
import { InstanceLock } from './instance-lock';
import { type ResolvedDatabase, resolveDatabase } from './local-postgres';

/**
 * The database npm start would use (same order: DATABASE_URL, a local Postgres, embedded PGlite),
 * for a command run while no Citra runs. Without DATABASE_URL the command owns `.data/` while it
 * runs, exactly like npm start, so nothing else opens the embedded database meanwhile.
 */
export async function openCheckoutDatabase(checkout: Checkout, command: string): Promise<ResolvedDatabase> {
  const search = databaseSearch(checkout);
  const lock = search.configuredUrl ? undefined : InstanceLock.acquire(checkout.dataDir, command);
  try {
    const database = await resolveDatabase(search);
    return {
      ...database,
      stop: async () => {
        try {
          await database.stop();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

