import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readAdminSeed } from '../accounts/accounts.config';
import { UsersService } from '../accounts/users.service';
import { ConfigError } from '../config/env';
import { migrationStates } from '../database/migration-status';
import { runMigrationsLocked } from '../database/migrate';
import { type ControlCommands, ControlRequestError } from './control-server';

/** The control endpoint's commands, carried out with the running app's own services and connection. */
export function instanceCommands(app: INestApplicationContext): ControlCommands {
  const users = app.get(UsersService);
  const dataSource = app.get(DataSource);
  return {
    createAdmin: (email, password) =>
      asRequestError(() => {
        const seed = readAdminSeed({ ADMIN_EMAIL: email, ADMIN_PASSWORD: password });
        if (!seed) throw new ControlRequestError('email and password are required');
        return users.ensureAdmin(seed.email, seed.password);
      }),
    migrations: () => migrationStates(dataSource),
    runMigrations: () => runMigrationsLocked(dataSource),
  };
}

/** A refusal the caller can act on (bad email, an account that is not an admin) is a 400, not a 500. */
async function asRequestError<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof ConfigError) throw new ControlRequestError(error.message);
    throw error;
  }
}
