/**
 * `npm run admin:create`: creates an admin account (admins cannot sign up).
 *
 *   ADMIN_EMAIL=ops@example.com ADMIN_PASSWORD='a long passphrase' npm run admin:create
 *   npm run admin:create -- --email ops@example.com --password 'a long passphrase'
 *
 * The environment is preferred: a password in the arguments is visible in `ps` and shell history.
 * While this checkout's Citra runs (npm start), the admin is created through it (its local control
 * endpoint), never by opening its database a second time. Otherwise it uses the database npm start
 * would use (DATABASE_URL, a local Postgres, embedded PGlite), holding `.data/` meanwhile.
 * Exits 0 when the admin exists afterwards.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { type AdminSeed, readAdminSeed } from '../src/accounts/accounts.config';
import { UsersModule } from '../src/accounts/users.module';
import { UsersService } from '../src/accounts/users.service';
import { configNamespaces } from '../src/config';
import { loadEnvFile } from '../src/config/env-file';
import { DatabaseModule } from '../src/database/database.module';
import { currentCheckout } from '../src/local/checkout';
import { openCheckoutDatabase } from '../src/local/checkout-database';
import { callInstance, runningInstance } from '../src/local/instance-client';
import { PGLITE_POOL_SIZE } from '../src/local/local-postgres';

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, load: configNamespaces, cache: true, ignoreEnvFile: true }), DatabaseModule, UsersModule],
})
class AdminCreateModule {}

const USAGE = 'Usage: ADMIN_EMAIL=... ADMIN_PASSWORD=... npm run admin:create   (or: npm run admin:create -- --email E --password P)';

function readArguments(argv: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    if ((flag !== '--email' && flag !== '--password') || value === undefined) throw new Error(`Unexpected argument ${flag}. ${USAGE}`);
    values[flag === '--email' ? 'ADMIN_EMAIL' : 'ADMIN_PASSWORD'] = value;
  }
  return values;
}

function report(outcome: 'created' | 'exists', email: string, where: string): void {
  console.log(outcome === 'created' ? `Created admin ${email} ${where}` : `Admin ${email} already exists ${where}; nothing changed`);
}

async function createDirectly(seed: AdminSeed): Promise<void> {
  const database = await openCheckoutDatabase(currentCheckout(), 'npm run admin:create');
  process.env.DATABASE_URL = database.url;
  if (database.embedded) process.env.DATABASE_POOL_SIZE = String(PGLITE_POOL_SIZE);
  try {
    const app = await NestFactory.createApplicationContext(AdminCreateModule, { logger: ['error', 'warn'] });
    try {
      report(await app.get(UsersService).ensureAdmin(seed.email, seed.password), seed.email, `in ${database.description}`);
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

async function createAdmin(): Promise<void> {
  loadEnvFile();
  const seed = readAdminSeed({ ...process.env, ...readArguments(process.argv.slice(2)) });
  if (!seed) throw new Error(`No admin given. ${USAGE}`);
  const instance = await runningInstance(currentCheckout().dataDir);
  if (!instance) return createDirectly(seed);
  const { outcome } = await callInstance<{ outcome: 'created' | 'exists' }>(instance, 'POST', '/admins', seed);
  report(outcome, seed.email, `through the running Citra (pid ${instance.pid}${instance.url ? `, ${instance.url}` : ''})`);
}

createAdmin().catch((error: unknown) => {
  console.error(`admin:create failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
