import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { User } from '../accounts/user.entity';
import { Audit } from '../audits/audit.entity';
import { WebSession } from '../auth/web-session.entity';
import type { DatabaseConfig } from '../config/database.config';
import { AuditRequest } from '../sharing/audit-request.entity';
import { FlagComment } from '../sharing/flag-comment.entity';
import { Share } from '../sharing/share.entity';
import { SummaryView } from '../sharing/summary-view.entity';

/** Every entity of the service. */
export const ENTITIES = [Audit, User, Share, FlagComment, SummaryView, AuditRequest, WebSession];

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
