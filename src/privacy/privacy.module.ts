import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditsModule } from '../audits/audits.module';
import { DataRightsService } from './data-rights.service';
import { PrivacyController } from './privacy.controller';

/** Data rights over HTTP: export and erasure. The retention purge lives in PrivacyWorkerModule. */
@Module({
  imports: [AuditsModule, AccountsModule],
  controllers: [PrivacyController],
  providers: [DataRightsService],
})
export class PrivacyModule {}
