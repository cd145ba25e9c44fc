import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AccountsModule } from './accounts/accounts.module';
import { AdminModule } from './admin/admin.module';
import { AuditsApiModule } from './audits/audits-api.module';
import { CoreModule } from './core.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { MetricsHttpModule } from './metrics/metrics-http.module';
import { PrivacyModule } from './privacy/privacy.module';
import { SharingModule } from './sharing/sharing.module';
import { HttpExceptionFilter } from './http/http-exception.filter';
import { createValidationPipe } from './http/validation';
import { WorkerModule } from './worker.module';

export interface AppModuleOptions {
  /** Also run the queue workers in this process (`npm start`, end-to-end tests). */
  workers: boolean;
}

/** The HTTP API. */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule,
        AccountsModule,
        AuditsApiModule,
        ImportsModule,
        SharingModule,
        PrivacyModule,
        AdminModule,
        HealthModule,
        MetricsHttpModule,
        ...(options.workers ? [WorkerModule] : []),
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
