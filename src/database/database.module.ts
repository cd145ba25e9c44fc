import { Logger, Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { databaseConfig } from '../config/database.config';
import { runMigrationsLocked } from './migrate';
import { buildTypeOrmOptions } from './typeorm-options';

const logger = new Logger('Database');

/**
 * Migrations run inside the DataSource factory, so nothing that injects a repository (controllers,
 * processors) can start before the schema is current.
 */
async function createMigratedDataSource(options: DataSourceOptions, migrate: boolean): Promise<DataSource> {
  const dataSource = await new DataSource(options).initialize();
  if (migrate) {
    const applied = await runMigrationsLocked(dataSource);
    if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`);
  }
  return dataSource;
}

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [databaseConfig.KEY],
      useFactory: (config: ConfigType<typeof databaseConfig>) => ({
        ...buildTypeOrmOptions(config),
        migrationsRun: false,
        migrateOnStart: config.migrateOnStart,
      }),
      dataSourceFactory: async (options) => {
        const { migrateOnStart, ...dataSourceOptions } = options as DataSourceOptions & { migrateOnStart: boolean };
        return createMigratedDataSource(dataSourceOptions, migrateOnStart);
      },
    }),
  ],
})
export class DatabaseModule {}
