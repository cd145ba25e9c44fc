import { Module } from '@nestjs/common';
import { AdminModule } from '../admin/admin.module';
import { MetricsAccessGuard } from './metrics-access.guard';
import { MetricsCollectors } from './metrics-collectors.service';
import { MetricsController } from './metrics.controller';

/** GET /metrics on the HTTP API, with the gauges read at scrape time. */
@Module({
  imports: [AdminModule],
  controllers: [MetricsController],
  providers: [MetricsCollectors, MetricsAccessGuard],
})
export class MetricsHttpModule {}
