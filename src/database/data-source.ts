import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { databaseConfig } from '../config/database.config';
import { loadEnvFile } from '../config/env-file';
import { buildTypeOrmOptions } from './typeorm-options';

/**
 * For the TypeORM CLI (e.g. `npx typeorm migration:generate -d dist/src/database/data-source.js`),
 * on DATABASE_URL (environment, else `.env`). The npm migration commands use scripts/migrations.ts,
 * which finds the database as npm start does and goes through a running instance.
 */
loadEnvFile();
export default new DataSource(buildTypeOrmOptions(databaseConfig()));
