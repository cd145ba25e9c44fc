/**
 * `npm run migration:show`, `migration:run`, `migration:revert`: on the database npm start uses.
 *
 * While this checkout's Citra runs, `show` and `run` go through it (its local control endpoint) and
 * `revert` is refused: taking a table away under a running API breaks it. Otherwise the command uses
 * the database npm start would use (DATABASE_URL, a local Postgres, embedded PGlite), holding
 * `.data/` meanwhile, so two processes never open the embedded database at once.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { databaseConfig } from '../src/config/database.config';
import { loadEnvFile } from '../src/config/env-file';
import { type MigrationState, migrationStates, revertLastMigration } from '../src/database/migration-status';
import { runMigrationsLocked } from '../src/database/migrate';
import { buildTypeOrmOptions } from '../src/database/typeorm-options';
import { currentCheckout } from '../src/local/checkout';
import { openCheckoutDatabase } from '../src/local/checkout-database';
import { callInstance, runningInstance } from '../src/local/instance-client';
import { DataDirInUseError } from '../src/local/instance-lock';

const COMMANDS = ['show', 'run', 'revert'] as const;
type Command = (typeof COMMANDS)[number];

function print(command: Command, result: MigrationState[] | string[] | string | undefined, where: string): void {
  if (command === 'show') {
    for (const state of result as MigrationState[]) console.log(`${state.applied ? '[X]' : '[ ]'} ${state.name}`);
    console.log(`(${where})`);
  } else if (command === 'run') {
    const applied = result as string[];
    console.log(applied.length > 0 ? `Applied ${applied.join(', ')} (${where})` : `No pending migration (${where})`);
  } else {
    console.log(result ? `Reverted ${result as string} (${where})` : `No migration to revert (${where})`);
  }
}

async function runDirectly(command: Command): Promise<void> {
  const database = await openCheckoutDatabase(currentCheckout(), `npm run migration:${command}`);
  try {
    const dataSource = await new DataSource(buildTypeOrmOptions({ ...databaseConfig(), url: database.url, poolSize: 2 })).initialize();
    try {
      const result =
        command === 'show' ? await migrationStates(dataSource) : command === 'run' ? await runMigrationsLocked(dataSource) : await revertLastMigration(dataSource);
      print(command, result, database.description);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.stop();
  }
}

async function main(): Promise<void> {
  const command = process.argv[2] as Command;
  if (!COMMANDS.includes(command)) throw new Error(`Usage: node dist/scripts/migrations.js ${COMMANDS.join('|')}`);
  loadEnvFile();
  const { dataDir } = currentCheckout();
  const instance = await runningInstance(dataDir);
  if (!instance) return runDirectly(command);
  if (command === 'revert') throw new DataDirInUseError(instance, dataDir);
  const where = `through the running Citra, pid ${instance.pid}`;
  if (command === 'show') print(command, (await callInstance<{ migrations: MigrationState[] }>(instance, 'GET', '/migrations')).migrations, where);
  else print(command, (await callInstance<{ applied: string[] }>(instance, 'POST', '/migrations/run')).applied, where);
}

main().catch((error: unknown) => {
  console.error(`migration:${process.argv[2] ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
