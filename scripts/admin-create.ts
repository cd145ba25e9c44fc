/**
 * `npm run admin:create`: creates an admin account (admins cannot sign up).
 *
 *   ADMIN_EMAIL=ops@example.com ADMIN_PASSWORD='a long passphrase' npm run admin:create
 *   npm run admin:create -- --email ops@example.com --password 'a long passphrase'
 *
 * The environment is preferred: a password in the arguments is visible in `ps` and shell history.
 * Uses DATABASE_URL, or the database `npm start` would find (local Postgres, else embedded PGlite,
 * which must not be in use by a running `npm start` at the same time). Exits 0 when the admin exists.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { readAdminSeed } from '../src/accounts/accounts.config';
import { UsersModule } from '../src/accounts/users.module';
import { UsersService } from '../src/accounts/users.service';
import { configNamespaces } from '../src/config';
import { ConfigError } from '../src/config/env';
import { DatabaseModule } from '../src/database/database.module';
import { resolveDatabase } from '../src/local/local-postgres';

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, load: configNamespaces, cache: true }), DatabaseModule, UsersModule],
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

async function createAdmin(): Promise<void> {
  const seed = readAdminSeed({ ...process.env, ...readArguments(process.argv.slice(2)) });
  if (!seed) throw new Error(`No admin given. ${USAGE}`);
  const database = await resolveDatabase();
  process.env.DATABASE_URL = database.url;
  const app = await NestFactory.createApplicationContext(AdminCreateModule, { logger: ['error', 'warn'] });
  try {
    const outcome = await app.get(UsersService).ensureAdmin(seed.email, seed.password);
    console.log(outcome === 'created' ? `Created admin ${seed.email}` : `Admin ${seed.email} already exists; nothing changed`);
  } finally {
    await app.close();
    await database.stop();
  }
}

createAdmin().catch((error: unknown) => {
  console.error(`admin:create failed: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
