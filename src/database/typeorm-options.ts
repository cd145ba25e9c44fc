import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { Audit } from '../audits/audit.entity';
import type { DatabaseConfig } from '../config/database.config';

/** Every entity of the service. */
export const ENTITIES = [Audit];

/** The one TypeORM options object, shared by Nest (DatabaseModule) and the migration CLI (data-source.ts). */
export function buildTypeOrmOptions(config: DatabaseConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: config.logQueries ? 'all' : ['warn', 'migration'],
    extra: { max: config.poolSize, application_name: 'citra' },
  };
}
