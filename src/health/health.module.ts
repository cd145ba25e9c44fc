import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AuditsModule } from '../audits/audits.module';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';
import { RedisHealthClient } from './redis-health.client';

/** GET /health: public, for load balancers and orchestrators. */
@Module({
  imports: [TerminusModule.forRoot({ logger: false }), AuditsModule],
  controllers: [HealthController],
  providers: [HealthService, RedisHealthClient],
})
export class HealthModule {}
