import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { bullConnection } from './common/redis-connection';
import { configNamespaces } from './config';
import { redisConfig } from './config/redis.config';
import { DatabaseModule } from './database/database.module';
import { MetricsModule } from './metrics/metrics.module';
import { SchedulesModule } from './schedules/schedules.module';

/**
 * What every Citra process needs: validated config, Postgres (migrated), the BullMQ connection and
 * the keeper of the queues' schedules.
 * `.env` is not read here: each entrypoint has read it already (loadEnvFile), once, before the
 * discovery of Postgres and Redis, and tests set their environment themselves.
 */
@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, load: configNamespaces, cache: true, ignoreEnvFile: true }),
    DatabaseModule,
    MetricsModule,
    SchedulesModule,
    BullModule.forRootAsync({
      inject: [redisConfig.KEY],
      useFactory: (config: ConfigType<typeof redisConfig>) => ({
        connection: bullConnection(config),
        prefix: config.queuePrefix,
      }),
    }),
  ],
})
export class CoreModule {}
