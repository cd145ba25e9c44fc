import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../accounts/user.entity';
import { AuditRequest } from './audit-request.entity';
import { AuditRequestsService } from './audit-requests.service';
import { CandidateSharingController } from './candidate-sharing.controller';
import { FlagComment } from './flag-comment.entity';
import { LinksController } from './links.controller';
import { RecruiterController } from './recruiter.controller';
import { RecruiterReadsService } from './recruiter-reads.service';
import { Share } from './share.entity';
import { SharingService } from './sharing.service';
import { SummaryStore } from './summary-store.service';
import { SummaryView } from './summary-view.entity';

/** Consent and sharing: candidates' shares and flag comments, recruiters' reads and requests, the view log. */
@Module({
  imports: [TypeOrmModule.forFeature([Share, FlagComment, SummaryView, AuditRequest, User])],
  controllers: [CandidateSharingController, RecruiterController, LinksController],
  providers: [SharingService, RecruiterReadsService, AuditRequestsService, SummaryStore],
})
export class SharingModule {}
