import { Global, Module } from '@nestjs/common';
import { MetricsService } from './metrics.service';

/** The process's metrics registry, for the API, the workers and the processors that record into it. */
@Global()
@Module({ providers: [MetricsService], exports: [MetricsService] })
export class MetricsModule {}
