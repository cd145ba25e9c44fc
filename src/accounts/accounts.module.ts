import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AuthModule } from '../auth/auth.module';
import { accountsConfig } from './accounts.config';
import { AccountsController } from './accounts.controller';
import { WebSessionController } from './web-session.controller';
import { AccountsService } from './accounts.service';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { LoginThrottleService } from './login-throttle.service';
import { UsersModule } from './users.module';

/** Sign-up, sign-in, the current account, the first admin; brings the global AuthGuard with it. */
@Module({
  imports: [ConfigModule.forFeature(accountsConfig), AuthModule, UsersModule],
  controllers: [AccountsController, WebSessionController],
  providers: [AccountsService, AdminBootstrapService, LoginThrottleService],
  exports: [LoginThrottleService],
})
export class AccountsModule {}
