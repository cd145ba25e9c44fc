import { ExpressAdapter } from '@bull-board/express';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { BullBoardModule } from '@bull-board/nestjs';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { UsersModule } from '../accounts/users.module';
import { AUDIT_QUEUE } from '../audits/audit-queue.contract';
import { AuditsModule } from '../audits/audits.module';
import { TokenService } from '../auth/token.service';
import { WebSessionService } from '../auth/web-session.service';
import { AdminAuditsController } from './admin-audits.controller';
import { AdminAuditsService } from './admin-audits.service';
import { AdminJobsService } from './admin-jobs.service';
import { ADMIN_QUEUE_NAMES, AdminQueues, adminQueueListProvider } from './admin-queues';
import { AdminQueuesController } from './admin-queues.controller';
import { AdminSessionController } from './dashboard/admin-session.controller';
import { AdminSessionService } from './dashboard/admin-session.service';
import { dashboardAuth } from './dashboard/dashboard-auth.middleware';
import { DASHBOARD_ROUTE } from './dashboard/dashboard-session';
import { QueueStatsService } from './queue-stats.service';

/** Queue monitoring and control for admins: the /api/v1/admin routes and the Bull Board dashboard. */
@Module({
  imports: [
    AuditsModule,
    AccountsModule,
    UsersModule,
    // The audit queue comes with AuditsModule; the others are registered here for the API process.
    ...ADMIN_QUEUE_NAMES.filter((name) => name !== AUDIT_QUEUE).map((name) => BullModule.registerQueue({ name })),
    BullBoardModule.forRootAsync({
      inject: [TokenService, WebSessionService],
      useFactory: (tokens: TokenService, webSessions: WebSessionService) => ({
        route: DASHBOARD_ROUTE,
        adapter: ExpressAdapter,
        middleware: dashboardAuth(tokens, webSessions),
        boardOptions: { uiConfig: { boardTitle: 'Citra queues' } },
      }),
    }),
    ...ADMIN_QUEUE_NAMES.map((name) => BullBoardModule.forFeature({ name, adapter: BullMQAdapter })),
  ],
  controllers: [AdminQueuesController, AdminAuditsController, AdminSessionController],
  providers: [adminQueueListProvider, AdminQueues, QueueStatsService, AdminJobsService, AdminAuditsService, AdminSessionService],
  exports: [AdminQueues],
})
export class AdminModule {}
